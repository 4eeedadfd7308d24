namespace AgreementKit.Layout.Model;

/// <summary>Styled runs set as one paragraph, with an optional hanging label such as （1）.</summary>
internal sealed record Paragraph(IReadOnlyList<TextRun> Runs, ParagraphStyle Style) : Block
{
    public Paragraph(string text, TextStyle textStyle, ParagraphStyle style) : this([new TextRun(text, textStyle)], style) { }

    public IReadOnlyList<TextRun>? Label { get; init; }

    /// <summary>A line to sign or seal on after the text (signature blocks).</summary>
    public WritingLine? WritingLine { get; init; }

    public string Text => string.Concat(Runs.Select(r => r.Text));
}
