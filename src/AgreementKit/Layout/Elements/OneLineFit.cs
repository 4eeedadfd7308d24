namespace AgreementKit.Layout.Elements;

/// <summary>
/// Chooses how small to set a group of texts that should each stay on one line, such as the party names of
/// a signature table: the largest scale at which every text fits; failing that, the largest at which each
/// text that still does not fit can at least put each of its pieces (role, name) on a line of its own; failing
/// that, the smallest scale, where those pieces break as line breaking allows. The caller measures, so the
/// PDF's layout and the DOCX (measured with the same fonts) decide alike.
/// </summary>
internal static class OneLineFit
{
    /// <param name="count">How many texts should stay on one line.</param>
    /// <param name="scales">The scales to try, largest (normally 1) first.</param>
    /// <param name="fitsWhole">Whether text i fits on one line at a scale.</param>
    /// <param name="piecesFit">Whether every piece of text i fits on a line of its own at a scale.</param>
    /// <returns>The scale, and for each text whether its pieces start lines of their own.</returns>
    public static (float Scale, bool[] Split) Choose(int count, IReadOnlyList<float> scales, Func<int, float, bool> fitsWhole, Func<int, float, bool> piecesFit)
    {
        if (scales.Count == 0)
            throw new ArgumentException("At least one scale is needed.", nameof(scales));
        foreach (var scale in scales)
            if (Enumerable.Range(0, count).All(i => fitsWhole(i, scale)))
                return (scale, new bool[count]);
        foreach (var scale in scales)
        {
            var split = Enumerable.Range(0, count).Select(i => !fitsWhole(i, scale)).ToArray();
            if (Enumerable.Range(0, count).All(i => !split[i] || piecesFit(i, scale)))
                return (scale, split);
        }

        var smallest = scales[^1];
        return (smallest, [.. Enumerable.Range(0, count).Select(i => !fitsWhole(i, smallest))]);
    }
}
