namespace AgreementKit.Layout.Model;

/// <summary>One cell: paragraphs stacked top to bottom.</summary>
internal sealed record TableCell(IReadOnlyList<Paragraph> Paragraphs)
{
    public TableCell(Paragraph paragraph) : this([paragraph]) { }
}
