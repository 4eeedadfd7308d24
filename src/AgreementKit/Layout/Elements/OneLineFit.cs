namespace AgreementKit.Layout.Elements;

/// <summary>
/// Chooses how small to set a group of texts that should each stay on one line, such as the party names of
/// a signature table: the largest scale at which every text fits; failing that, the largest at which every
/// text that does not fit, and the others of its row, can put each of its pieces (role, name) on a line of its
/// own; failing that, the smallest scale, where those pieces break as line breaking allows. The caller measures, so the
/// PDF's layout and the DOCX (measured with the same fonts) decide alike.
/// </summary>
internal static class OneLineFit
{
    /// <param name="count">How many texts should stay on one line.</param>
    /// <param name="scales">The scales to try, largest (normally 1) first.</param>
    /// <param name="row">The row of text i: texts of one row split alike.</param>
    /// <param name="fitsWhole">Whether text i fits on one line at a scale.</param>
    /// <param name="piecesFit">Whether every piece of text i fits on a line of its own at a scale.</param>
    /// <returns>The scale, and for each text whether its pieces start lines of their own.</returns>
    public static (float Scale, bool[] Split) Choose<TRow>(int count, IReadOnlyList<float> scales, Func<int, TRow> row,
        Func<int, float, bool> fitsWhole, Func<int, float, bool> piecesFit) where TRow : notnull
    {
        if (scales.Count == 0)
            throw new ArgumentException("At least one scale is needed.", nameof(scales));
        foreach (var scale in scales)
            if (Enumerable.Range(0, count).All(i => fitsWhole(i, scale)))
                return (scale, new bool[count]);

        // Once one text of a row splits, the row's others do too: the roles then stand level and the names
        // below them, instead of "乙方：鄭宇彤" level with the second line of "丙方：/ 誠信橋企業管理顧問有限公司".
        bool[] SplitAt(float scale)
        {
            var splitRows = Enumerable.Range(0, count).Where(i => !fitsWhole(i, scale)).Select(row).ToHashSet();
            return [.. Enumerable.Range(0, count).Select(i => splitRows.Contains(row(i)))];
        }
        foreach (var scale in scales)
        {
            var split = SplitAt(scale);
            if (Enumerable.Range(0, count).All(i => !split[i] || piecesFit(i, scale)))
                return (scale, split);
        }
        return (scales[^1], SplitAt(scales[^1]));
    }
}
