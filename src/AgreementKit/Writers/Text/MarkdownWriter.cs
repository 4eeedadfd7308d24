using System.Text;
using AgreementKit.Model;

namespace AgreementKit.Writers.Text;

/// <summary>
/// Writes an agreement as CommonMark for quick review in any Markdown viewer. Text is escaped so a value
/// such as <c>*</c> or <c>&lt;b&gt;</c> shows as typed.
/// </summary>
internal sealed class MarkdownWriter : AgreementVisitor
{
    private readonly TextWriter _output;
    private readonly DocumentLabels _labels;

    private MarkdownWriter(TextWriter output, Agreement agreement)
    {
        _output = output;
        _labels = DocumentLabels.For(agreement);
    }

    public static void Write(Agreement agreement, TextWriter output) => new MarkdownWriter(output, agreement).Visit(agreement);

    private void Line(string text = "")
    {
        _output.Write(text);
        _output.Write('\n');
    }

    protected override void VisitFrontMatter(Agreement agreement)
    {
        Line("# " + Escape(agreement.Title));
        Line();
        foreach (var line in CoverLines.Of(agreement, _labels)) Line("- " + Escape(line));
        Line();
    }

    protected override void VisitSectionHeading(Section section)
    {
        Line("## " + Escape(section.Heading));
        Line();
    }

    protected override void VisitClauseHeading(Clause clause, Section section)
    {
        Line("### " + Escape(clause.Heading));
        Line();
    }

    protected override void VisitParagraph(Paragraph paragraph, AgreementNode? parent) => Block(Escape(paragraph.Text));

    protected override void VisitItem(Item item, AgreementNode? parent) => Block(Escape(item.Label + item.Text));

    protected override void VisitGlossaryEntry(GlossaryEntry entry, AgreementNode? parent) => Block($"**{Escape(entry.Term)}**：{Escape(entry.Definition)}");

    protected override void VisitSignatureBlock(SignatureBlock signatures)
    {
        if (signatures.Title.Length > 0)
        {
            Line("## " + Escape(signatures.Title));
            Line();
        }

        if (signatures.Parties.Count == 0) return;
        // One column per party; the rows are the lines of each party's cell.
        var columns = SignatureLines.Of(signatures, Agreement.Metadata, _labels);
        Line("| " + string.Join(" | ", columns.Select(c => Escape(c.Lines[0].Text))) + " |");
        Line("|" + string.Concat(columns.Select(_ => " --- |")));
        for (var row = 1; row < columns[0].Lines.Count; row++)
            Line("| " + string.Join(" | ", columns.Select(c => Escape(c.Lines[row].Text))) + " |");
        Line();
    }

    private void Block(string text)
    {
        Line(text);
        Line();
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
