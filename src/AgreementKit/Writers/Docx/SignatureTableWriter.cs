using System.Globalization;
using OneLineFit = AgreementKit.Layout.Elements.OneLineFit;
using AgreementKit.Model;
using AgreementKit.Writers.Typeset;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;
using Paragraph = DocumentFormat.OpenXml.Wordprocessing.Paragraph;

namespace AgreementKit.Writers.Docx;

/// <summary>
/// The signature block: a borderless table with one equal column per party and one row per line (name,
/// seal, representatives or identification, signature, date; <see cref="SignatureLines"/>). The seal and
/// signing lines are drawn with an underscore tab leader to the cell's edge and carry bookmarks named like
/// the PDF's signature fields. The block never splits and never stands alone on a page: rows cannot split,
/// every line keeps with the next, and the last lines of text before it keep with it. Where a page break
/// puts it on a page of its own, the page says it is the agreement's signature page. The table is set a
/// size smaller, measured with the fonts the PDF uses, before an organisation's name would break.
/// </summary>
internal static class SignatureTableWriter
{
    // Word's default left and right cell margins (0.075 in), written out so the measure below holds.
    private const int CellMargin = 108;

    public static void Write(SignatureBlock block, IReadOnlyList<SignatureColumn> columns, DocxBody body, DocxOptions options, string signaturePageNote)
    {
        var tag = body.Tag;
        if (block.PageBreakBefore)
        {
            body.Tag = tag + "#note";
            body.Add(StyleIds.Body, Runs.Text(signaturePageNote));
        }
        else
        {
            KeepLastLinesWithNext(body);
        }

        // Always one paragraph before the table, even without a title: it carries the space above the table
        // and keeps with it.
        body.Tag = tag + "#title";
        body.Add(StyleIds.SignatureTitle, Runs.Text(block.Title));
        body.Tag = tag + "#table";
        if (columns.Count == 0) return;

        var width = PageLayout.TextWidth / columns.Count;
        var inner = width - 2 * CellMargin;
        var (size, split) = FitLines(columns, body, options, inner);
        var table = new Table(Properties(), new TableGrid(columns.Select(_ => new GridColumn { Width = Twips(width) })));
        var rowCount = columns[0].Lines.Count;
        for (var r = 0; r < rowCount; r++)
        {
            var row = new TableRow(new TableRowProperties(new CantSplit()));
            for (var c = 0; c < columns.Count; c++)
                row.Append(Cell(columns[c].Lines[r], width, inner, size, split.Contains((r, c)), lastRow: r == rowCount - 1, body, options));
            table.Append(row);
        }

        body.Add(table);
    }

    // Word keeps a keep-with-next paragraph's last lines (two, with widow control) on the page of the next
    // paragraph: the block takes the end of the text (and its 以下无正文 line) along to a new page.
    private static void KeepLastLinesWithNext(DocxBody body)
    {
        var paragraphs = body.Elements.Select(e => e.Element).Reverse().TakeWhile(e => e is Paragraph).Cast<Paragraph>().Take(HouseStyle.SignatureKeepsLines);
        foreach (var paragraph in paragraphs)
        {
            var properties = paragraph.ParagraphProperties ??= new ParagraphProperties();
            properties.KeepNext ??= new KeepNext();
        }
    }

    // The largest size at which every name, representative and ID fits one line, as the PDF's layout
    // decides; the (row, column) of each line that must still break after its label.
    private static (double Size, HashSet<(int, int)> Split) FitLines(IReadOnlyList<SignatureColumn> columns, DocxBody body, DocxOptions options, int inner)
    {
        var lines = columns.SelectMany((column, c) => column.Lines.Select((line, r) => (Line: line, At: (r, c)))).Where(l => l.Line.KeepsOnOneLine).ToList();
        var scales = new List<float> { 1f };
        scales.AddRange(TypesetStyles.SignatureShrinkScales);
        bool Fits(string text, float scale) => body.Ems(text) * HalfPointSize(options.BodySize * scale) / 2 * 20 <= inner;
        var (scale, split) = OneLineFit.Choose(lines.Count, scales, i => lines[i].At.Item1,
            (i, s) => Fits(lines[i].Line.Text, s),
            (i, s) => Fits(lines[i].Line.Label + "：", s) && Fits(lines[i].Line.Value, s));
        return (HalfPointSize(options.BodySize * scale) / 2, lines.Where((_, i) => split[i]).Select(l => l.At).ToHashSet());
    }

    private static double HalfPointSize(double points) => Math.Round(points * 2);

    private static TableProperties Properties() => new()
    {
        TableWidth = new TableWidth { Width = "5000", Type = TableWidthUnitValues.Pct },
        TableBorders = new TableBorders(
            new TopBorder { Val = BorderValues.None },
            new LeftBorder { Val = BorderValues.None },
            new BottomBorder { Val = BorderValues.None },
            new RightBorder { Val = BorderValues.None },
            new InsideHorizontalBorder { Val = BorderValues.None },
            new InsideVerticalBorder { Val = BorderValues.None }),
        TableLayout = new TableLayout { Type = TableLayoutValues.Fixed },
        TableCellMarginDefault = new TableCellMarginDefault(
            new TopMargin { Width = "0", Type = TableWidthUnitValues.Dxa },
            new TableCellLeftMargin { Width = CellMargin, Type = TableWidthValues.Dxa },
            new BottomMargin { Width = "0", Type = TableWidthUnitValues.Dxa },
            new TableCellRightMargin { Width = CellMargin, Type = TableWidthValues.Dxa }),
    };

    private static TableCell Cell(SignatureLine line, int width, int inner, double size, bool split, bool lastRow, DocxBody body, DocxOptions options)
    {
        var properties = new ParagraphProperties { ParagraphStyleId = new ParagraphStyleId { Val = StyleIds.SignatureCell } };
        if (line.IsWritingLine)
        {
            // A right tab at the cell's edge with an underscore leader draws the line to write on.
            properties.Tabs = new Tabs(new TabStop { Val = TabStopValues.Right, Leader = TabStopLeaderCharValues.Underscore, Position = inner });
            properties.SpacingBetweenLines = new SpacingBetweenLines { Before = Twips((int)(HouseStyle.SigningRoom * 20)) };
        }

        // The last row lets go, so the table does not drag the following heading along.
        if (lastRow) properties.KeepNext = new KeepNext { Val = false };
        var paragraph = new Paragraph(properties);
        var run = size == options.BodySize ? null : Size(size);
        switch (line.Kind)
        {
            case SignatureLineKind.Party or SignatureLineKind.Representative or SignatureLineKind.Identifier:
                var bold = line.Kind == SignatureLineKind.Party;
                paragraph.Append(Runs.Text(line.Label + "：", bold ? Bold(run) : Clone(run)));
                if (split) paragraph.Append(new Run(new Break()));
                paragraph.Append(Runs.Text(line.Value, bold ? Bold(run) : Clone(run)));
                break;
            case SignatureLineKind.Seal or SignatureLineKind.Sign:
                paragraph.Append(Runs.Text(line.Text, Clone(run)));
                if (options.SignatureBookmarks && line.Field is { } name)
                {
                    var id = body.NextBookmarkId();
                    paragraph.Append(new BookmarkStart { Id = id, Name = name }, Tab(run), new BookmarkEnd { Id = id });
                }
                else
                {
                    paragraph.Append(Tab(run));
                }

                break;
            default:
                // Every cell holds a paragraph, even an empty one: Word refuses a w:tc without w:p.
                paragraph.Append(Runs.Text(line.Text, Clone(run)));
                break;
        }

        return new TableCell(
            // Bottom-aligned, so a row's lines share a baseline when one of them has room to sign above it.
            new TableCellProperties(
                new TableCellWidth { Width = Twips(width), Type = TableWidthUnitValues.Dxa },
                new TableCellVerticalAlignment { Val = TableVerticalAlignmentValues.Bottom }),
            paragraph);
    }

    private static RunProperties Size(double points)
    {
        var half = HalfPointSize(points).ToString(CultureInfo.InvariantCulture);
        return new RunProperties { FontSize = new FontSize { Val = half }, FontSizeComplexScript = new FontSizeComplexScript { Val = half } };
    }

    private static RunProperties? Clone(RunProperties? properties) => (RunProperties?)properties?.CloneNode(true);

    private static RunProperties Bold(RunProperties? size)
    {
        var properties = new RunProperties { Bold = new Bold(), BoldComplexScript = new BoldComplexScript() };
        if (size is not null)
        {
            properties.FontSize = (FontSize)size.FontSize!.CloneNode(true);
            properties.FontSizeComplexScript = (FontSizeComplexScript)size.FontSizeComplexScript!.CloneNode(true);
        }

        return properties;
    }

    private static Run Tab(RunProperties? size)
    {
        var run = new Run();
        if (size is not null) run.Append(size.CloneNode(true));
        run.Append(new TabChar());
        return run;
    }

    private static string Twips(int twips) => twips.ToString(CultureInfo.InvariantCulture);
}
