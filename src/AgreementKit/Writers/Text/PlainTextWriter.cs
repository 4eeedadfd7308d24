using AgreementKit.Model;

namespace AgreementKit.Writers.Text;

/// <summary>
/// Writes an agreement as plain text, one paragraph a line, in reading order. It is what reviewers diff
/// and what the golden files hold, so it prints every number the model computed and nothing else.
/// </summary>
internal static class PlainTextWriter
{
    public static void Write(Agreement agreement, TextWriter output)
    {
        var labels = DocumentLabels.For(agreement);
        void Line(string text = "") { output.Write(text); output.Write('\n'); }

        Line(agreement.Title);
        var meta = agreement.Metadata;
        if (meta.ContractNumber is not null) Line($"{labels.ContractNumber}：{meta.ContractNumber}");
        foreach (var party in agreement.Parties) Line(DocumentLabels.PartyLine(party));
        if (meta.SignPlace is not null) Line($"{labels.SignPlace}：{meta.SignPlace}");
        if (meta.SignDate is { } date) Line($"{labels.SignDate}：{labels.FormatDate(date)}");
        Line();
        Line(labels.Contents.Replace(" ", ""));
        foreach (var section in agreement.Sections.Where(DocumentLabels.InContents)) Line(section.Heading);
        Line();
        foreach (var block in agreement.Preamble) WriteBlock(block, Line);
        foreach (var section in agreement.Sections)
        {
            Line();
            switch (section)
            {
                case Chapter or SupplementaryPart or Annex:
                    Line(section.Heading);
                    var (blocks, clauses) = SectionContent.Of(section);
                    WriteBlocks(blocks, Line);
                    WriteClauses(clauses, Line);
                    break;
                case SignatureBlock signatures:
                    if (signatures.Title.Length > 0) Line(signatures.Title);
                    foreach (var party in signatures.Parties)
                    {
                        Line($"{DocumentLabels.PartyLine(party)}{(party.RepresentativeLabel is null ? string.Empty : labels.Seal)}");
                        if (party.RepresentativeLabel is not null) Line($"{party.RepresentativeLabel}：{party.RepresentativeName}");
                        Line($"{labels.Signature}：");
                        Line($"{labels.Date}：{(signatures.SignDate is { } d ? labels.FormatDate(d) : labels.BlankDate)}");
                    }

                    break;
            }
        }
    }

    private static void WriteClauses(IReadOnlyList<Clause> clauses, Action<string> line)
    {
        foreach (var clause in clauses)
        {
            line(clause.Heading);
            WriteBlocks(clause.Content, line);
        }
    }

    private static void WriteBlocks(IReadOnlyList<Block> blocks, Action<string> line)
    {
        foreach (var block in blocks) WriteBlock(block, line);
    }

    private static void WriteBlock(Block block, Action<string> line)
    {
        switch (block)
        {
            case Paragraph p: line(p.Text); break;
            case Item i: line(i.Label + i.Text); break;
            case GlossaryEntry g: line($"{g.Term}：{g.Definition}"); break;
        }
    }
}
