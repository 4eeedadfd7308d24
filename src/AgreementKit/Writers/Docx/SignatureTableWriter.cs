using AgreementKit.Model;
using DocumentFormat.OpenXml.Wordprocessing;
using Paragraph = DocumentFormat.OpenXml.Wordprocessing.Paragraph;

namespace AgreementKit.Writers.Docx;

/// <summary>
/// The signature block: a borderless table with one column per party and one row per line (party and
/// seal, representative, signature, date), the same lines the text writer prints. It must never split
/// across pages, so rows cannot split and every paragraph but the last row's keeps with the next.
/// </summary>
internal static class SignatureTableWriter
{
    public static void Write(SignatureBlock block, IReadOnlyList<IReadOnlyList<string>> cells, DocxBody body)
    {
        // Always one paragraph before the table, even without a title: it carries a requested page break
        // and the space above the table, and keeps with the table.
        var tag = body.Tag;
        body.Tag = tag + "#title";
        body.Add(StyleIds.SignatureTitle, Runs.Text(block.Title));
        body.Tag = tag + "#table";
        if (cells.Count == 0) return;

        var width = PageLayout.TextWidth / cells.Count;
        var table = new Table(Properties(), new TableGrid(cells.Select(_ => new GridColumn { Width = width.ToString(System.Globalization.CultureInfo.InvariantCulture) })));
        var rowCount = cells[0].Count;
        for (var r = 0; r < rowCount; r++)
        {
            var row = new TableRow(new TableRowProperties(new CantSplit()));
            foreach (var cell in cells)
                row.Append(Cell(cell[r], width, lastRow: r == rowCount - 1));
            table.Append(row);
        }

        body.Add(table);
    }

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
    };

    private static TableCell Cell(string text, int width, bool lastRow)
    {
        var properties = new ParagraphProperties { ParagraphStyleId = new ParagraphStyleId { Val = StyleIds.SignatureCell } };
        // The last row lets go, so the table does not drag the following heading along.
        if (lastRow) properties.KeepNext = new KeepNext { Val = false };
        // Every cell holds a paragraph, even an empty one: Word refuses a w:tc without w:p.
        return new TableCell(
            new TableCellProperties(new TableCellWidth { Width = width.ToString(System.Globalization.CultureInfo.InvariantCulture), Type = TableWidthUnitValues.Dxa }),
            new Paragraph(properties, Runs.Text(text)));
    }
}
