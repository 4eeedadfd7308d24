using DocumentFormat.OpenXml.Wordprocessing;

namespace AgreementKit.Comparison.Redline;

/// <summary>
/// The redline of a table (the signature block). Tables of the same shape are compared cell by cell,
/// paragraph by paragraph; a table whose rows or columns differ (a party added) is shown as the old table
/// with every row deleted followed by the new one with every row inserted.
/// </summary>
internal static class RedlineTable
{
    public static IEnumerable<Table> Changed(Table old, Table @new, RevisionMarks marks)
    {
        if (!SameShape(old, @new))
        {
            yield return Whole(old, Mark.Delete, marks);
            yield return Whole(@new, Mark.Insert, marks);
            yield break;
        }

        var result = (Table)@new.CloneNode(deep: true);
        var oldRows = old.Elements<TableRow>().ToList();
        var rows = result.Elements<TableRow>().ToList();
        for (var r = 0; r < rows.Count; r++)
        {
            var oldCells = oldRows[r].Elements<TableCell>().ToList();
            var cells = rows[r].Elements<TableCell>().ToList();
            for (var c = 0; c < cells.Count; c++)
            {
                var oldParagraphs = oldCells[c].Elements<Paragraph>().ToList();
                var paragraphs = cells[c].Elements<Paragraph>().ToList();
                for (var p = 0; p < paragraphs.Count; p++)
                    paragraphs[p].InsertBeforeSelf(RedlineParagraph.Changed(oldParagraphs[p], paragraphs[p], marks)).NextSibling()!.Remove();
            }
        }

        yield return result;
    }

    public static Table Whole(Table table, Mark mark, RevisionMarks marks)
    {
        var result = (Table)table.CloneNode(deep: true);
        foreach (var row in result.Elements<TableRow>())
        {
            var properties = row.TableRowProperties ?? row.PrependChild(new TableRowProperties());
            properties.AppendChild(marks.Row(mark == Mark.Insert));
            foreach (var cell in row.Elements<TableCell>())
            foreach (var paragraph in cell.Elements<Paragraph>().ToList())
            {
                paragraph.InsertBeforeSelf(RedlineParagraph.Whole(paragraph, mark, marks));
                paragraph.Remove();
            }
        }

        return result;
    }

    private static bool SameShape(Table a, Table b)
    {
        var ra = a.Elements<TableRow>().ToList();
        var rb = b.Elements<TableRow>().ToList();
        if (ra.Count != rb.Count) return false;
        for (var r = 0; r < ra.Count; r++)
        {
            var ca = ra[r].Elements<TableCell>().ToList();
            var cb = rb[r].Elements<TableCell>().ToList();
            if (ca.Count != cb.Count) return false;
            for (var c = 0; c < ca.Count; c++)
                if (ca[c].Elements<Paragraph>().Count() != cb[c].Elements<Paragraph>().Count()) return false;
        }

        return true;
    }
}
