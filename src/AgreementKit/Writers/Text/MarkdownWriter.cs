using System.Text;
using AgreementKit.Model;

namespace AgreementKit.Writers.Text;

/// <summary>
/// Writes an agreement as CommonMark for quick review in any Markdown viewer. Text is escaped so a value
/// such as <c>*</c> or <c>&lt;b&gt;</c> shows as typed.
/// </summary>
internal static class MarkdownWriter
{
    public static void Write(Agreement agreement, TextWriter output)
    {
        var labels = DocumentLabels.For(agreement);
        void Line(string text = "") { output.Write(text); output.Write('\n'); }

        Line("# " + Escape(agreement.Title));
        Line();
        var meta = agreement.Metadata;
        if (meta.ContractNumber is not null) Line($"- {labels.ContractNumber}：{Escape(meta.ContractNumber)}");
        foreach (var party in agreement.Parties) Line("- " + Escape(DocumentLabels.PartyLine(party)));
        if (meta.SignPlace is not null) Line($"- {labels.SignPlace}：{Escape(meta.SignPlace)}");
        if (meta.SignDate is { } date) Line($"- {labels.SignDate}：{labels.FormatDate(date)}");
        Line();
        foreach (var block in agreement.Preamble) WriteBlock(block, Line);
        foreach (var section in agreement.Sections)
        {
            switch (section)
            {
                case Chapter or SupplementaryPart or Annex:
                    Line("## " + Escape(section.Heading));
                    Line();
                    var (blocks, clauses) = SectionContent.Of(section);
                    WriteBlocks(blocks, Line);
                    WriteClauses(clauses, Line);
                    break;
                case SignatureBlock signatures:
                    if (signatures.Title.Length > 0) { Line("## " + Escape(signatures.Title)); Line(); }
                    Line("| " + string.Join(" | ", signatures.Parties.Select(p => Escape(DocumentLabels.PartyLine(p)))) + " |");
                    Line("|" + string.Concat(signatures.Parties.Select(_ => " --- |")));
                    Line("| " + string.Join(" | ", signatures.Parties.Select(p => p.RepresentativeLabel is null ? $"{labels.Signature}：" : $"{Escape(p.RepresentativeLabel)}：{Escape(p.RepresentativeName ?? "")}"))+ " |");
                    Line("| " + string.Join(" | ", signatures.Parties.Select(_ => $"{labels.Date}：{(signatures.SignDate is { } d ? labels.FormatDate(d) : labels.BlankDate)}")) + " |");
                    Line();
                    break;
            }
        }
    }

    private static void WriteClauses(IReadOnlyList<Clause> clauses, Action<string> line)
    {
        foreach (var clause in clauses)
        {
            line("### " + Escape(clause.Heading));
            line(string.Empty);
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
            case Paragraph p: line(Escape(p.Text)); break;
            case Item i: line(Escape(i.Label + i.Text)); break;
            case GlossaryEntry g: line($"**{Escape(g.Term)}**：{Escape(g.Definition)}"); break;
        }

        line(string.Empty);
    }

    /// <summary>Backslash-escapes every ASCII punctuation character CommonMark could read as markup.</summary>
    internal static string Escape(string text)
    {
        var sb = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            if (c is '\\' or '`' or '*' or '_' or '{' or '}' or '[' or ']' or '<' or '>' or '(' or ')' or '#' or '+' or '-' or '.' or '!' or '|' or '~' or '&' or '"' or '\'')
                sb.Append('\\');
            sb.Append(c);
        }

        return sb.ToString();
    }
}
