using AgreementKit.Layout.Model;
using AgreementKit.Layout.Text;

namespace AgreementKit.Layout.Elements;

/// <summary>
/// A table measured for a column width; its rows are its units and are never split. A table with shrink
/// scales is set at the largest scale at which its one-line paragraphs stay on one line (see
/// <see cref="OneLineFit"/>).
/// </summary>
internal sealed class TableLayout : LaidOutBlock
{
    private readonly Table _table;
    private readonly float[] _columnEdges;
    private readonly ParagraphLayout[][][] _cells;
    private readonly float[] _rowHeights;

    private TableLayout(Table table, float[] columnEdges, ParagraphLayout[][][] cells, float[] rowHeights) : base(table)
    {
        _table = table;
        _columnEdges = columnEdges;
        _cells = cells;
        _rowHeights = rowHeights;
    }

    public override int UnitCount => _rowHeights.Length;

    public override float UnitHeight(int index) => _rowHeights[index];

    public override float SpaceBefore => _table.SpaceBefore;

    public override float SpaceAfter => _table.SpaceAfter;

    public override bool KeepTogether => _table.KeepTogether;

    /// <summary>The laid-out paragraphs of a cell, for tests.</summary>
    public IReadOnlyList<ParagraphLayout> Cell(int row, int column) => _cells[row][column];

    public static TableLayout Create(Table table, TextShaper shaper, float width, string? anchor)
    {
        table = Fitted(table, shaper, width);
        var columns = table.ColumnFractions.Count;
        if (columns == 0 || table.ColumnFractions.Any(f => f <= 0))
            throw new ArgumentException("A table needs at least one column, each with a positive share.", nameof(table));
        var total = table.ColumnFractions.Sum();
        var edges = new float[columns + 1];
        for (var c = 0; c < columns; c++)
            edges[c + 1] = edges[c] + width * table.ColumnFractions[c] / total;
        edges[columns] = width;

        var padding = table.CellPadding;
        var vertical = table.VerticalPadding ?? padding;
        var cells = new ParagraphLayout[table.Rows.Count][][];
        var heights = new float[table.Rows.Count];
        for (var r = 0; r < table.Rows.Count; r++)
        {
            var row = table.Rows[r];
            if (row.Cells.Count != columns)
                throw new ArgumentException($"Row {r + 1} has {row.Cells.Count} cells for {columns} columns.", nameof(table));
            cells[r] = new ParagraphLayout[columns][];
            var rowHeight = 0f;
            for (var c = 0; c < columns; c++)
            {
                var inner = edges[c + 1] - edges[c] - 2 * padding;
                cells[r][c] = row.Cells[c].Paragraphs.Select(p => ParagraphLayouter.Layout(p, shaper, inner)).ToArray();
                rowHeight = Math.Max(rowHeight, CellHeight(cells[r][c]));
            }
            heights[r] = rowHeight + 2 * vertical;
        }
        return new TableLayout(table, edges, cells, heights) { Anchor = anchor };
    }

    public override void Draw(DrawContext context, int first, int end, float left, float top)
    {
        var rowTops = new float[end - first + 1];
        rowTops[0] = top;
        for (var r = first; r < end; r++)
            rowTops[r - first + 1] = rowTops[r - first] + _rowHeights[r];
        // Drawing order is reading order, which text extraction follows.
        foreach (var (r, c) in CellOrder(first, end))
            DrawCell(context, r, c, left, rowTops[r - first]);
        DrawBorders(context, first, end, left, top, rowTops[^1]);
    }

    /// <summary>The text of rows [first, end) in reading order, line by line.</summary>
    public IEnumerable<string> Lines(int first, int end) =>
        CellOrder(first, end).SelectMany(cell => _cells[cell.Row][cell.Column].SelectMany(p => p.Lines.Select(l => l.Text)));

    // Row after row, or with ReadByColumn each column top to bottom before the next.
    private IEnumerable<(int Row, int Column)> CellOrder(int first, int end)
    {
        var columns = _columnEdges.Length - 1;
        return _table.ReadByColumn
            ? Enumerable.Range(0, columns).SelectMany(c => Enumerable.Range(first, end - first).Select(r => (r, c)))
            : Enumerable.Range(first, end - first).SelectMany(r => Enumerable.Range(0, columns).Select(c => (r, c)));
    }

    private void DrawCell(DrawContext context, int r, int c, float left, float rowTop)
    {
        var padding = _table.CellPadding;
        var vertical = _table.VerticalPadding ?? padding;
        var cellTop = rowTop + vertical + (_table.AlignBottom ? _rowHeights[r] - 2 * vertical - CellHeight(_cells[r][c]) : 0);
        foreach (var paragraph in _cells[r][c])
        {
            cellTop += paragraph.SpaceBefore;
            paragraph.Draw(context, 0, paragraph.UnitCount, left + _columnEdges[c] + padding, cellTop);
            cellTop += paragraph.Height(0, paragraph.UnitCount) + paragraph.SpaceAfter;
        }
    }

    private void DrawBorders(DrawContext context, int first, int end, float left, float top, float bottom)
    {
        var width = _table.BorderWidth;
        if (width <= 0 || first == end)
            return;
        var canvas = context.Canvas;
        var right = left + _columnEdges[^1];
        var y = top;
        for (var r = first; r < end; r++)
        {
            canvas.DrawLine(left, y, right, y, width, _table.BorderColor);
            y += _rowHeights[r];
        }
        canvas.DrawLine(left, bottom, right, bottom, width, _table.BorderColor);
        foreach (var edge in _columnEdges)
            canvas.DrawLine(left + edge, top, left + edge, bottom, width, _table.BorderColor);
    }

    // The table at the scale its one-line paragraphs need, with the runs of those that must still wrap
    // each starting a line of its own.
    private static Table Fitted(Table table, TextShaper shaper, float width)
    {
        var columns = table.ColumnFractions.Count;
        if (table.ShrinkScales.Count == 0 || columns == 0)
            return table;
        var total = table.ColumnFractions.Sum();
        var wanted = new List<(int Row, int Column, int Index, float Inner)>();
        for (var r = 0; r < table.Rows.Count; r++)
            for (var c = 0; c < Math.Min(columns, table.Rows[r].Cells.Count); c++)
                for (var i = 0; i < table.Rows[r].Cells[c].Paragraphs.Count; i++)
                    if (table.Rows[r].Cells[c].Paragraphs[i].Style.PreferOneLine)
                        wanted.Add((r, c, i, width * table.ColumnFractions[c] / total - 2 * table.CellPadding));
        if (wanted.Count == 0)
            return table;

        Paragraph At(int n) => table.Rows[wanted[n].Row].Cells[wanted[n].Column].Paragraphs[wanted[n].Index];
        bool OneLine(Paragraph p, float inner) => ParagraphLayouter.Layout(p, shaper, inner).Lines.Count == 1;
        var (scale, split) = OneLineFit.Choose(wanted.Count, [1f, .. table.ShrinkScales], n => (wanted[n].Row, wanted[n].Index),
            (n, s) => OneLine(Scaled(At(n), s), wanted[n].Inner),
            (n, s) => At(n).Runs.All(run => OneLine(Scaled(At(n) with { Runs = [run] }, s), wanted[n].Inner)));
        var splitAt = wanted.Where((_, n) => split[n]).Select(w => (w.Row, w.Column, w.Index)).ToHashSet();

        var rows = table.Rows.Select((row, r) => new TableRow([.. row.Cells.Select((cell, c) => new TableCell(
            [.. cell.Paragraphs.Select((p, i) => Scaled(splitAt.Contains((r, c, i)) ? RunsOnOwnLines(p) : p, scale))]))]));
        return table with { Rows = [.. rows] };
    }

    private static Paragraph Scaled(Paragraph paragraph, float scale) => scale == 1f ? paragraph : paragraph with
    {
        Runs = [.. paragraph.Runs.Select(r => r with { Style = r.Style with { Size = r.Style.Size * scale } })],
        Label = paragraph.Label is null ? null : [.. paragraph.Label.Select(r => r with { Style = r.Style with { Size = r.Style.Size * scale } })],
        Style = paragraph.Style with { EmSize = paragraph.Style.EmSize * scale },
    };

    private static Paragraph RunsOnOwnLines(Paragraph paragraph) => paragraph with
    {
        Runs = [.. paragraph.Runs.SelectMany((r, i) => i == 0 ? [r] : new[] { r with { Text = "\n" }, r })],
    };

    private static float CellHeight(IEnumerable<ParagraphLayout> paragraphs) =>
        paragraphs.Sum(p => p.SpaceBefore + p.Height(0, p.UnitCount) + p.SpaceAfter);
}
