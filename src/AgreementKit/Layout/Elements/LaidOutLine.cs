namespace AgreementKit.Layout.Elements;

/// <summary>
/// A finished line: its height, the baseline's distance from its top, the runs on it, and its text as it
/// will be drawn (tests compare that with what a PDF reader extracts).
/// </summary>
internal sealed record LaidOutLine(float Height, float Baseline, IReadOnlyList<PositionedRun> Runs)
{
    public string Text => string.Concat(Runs.Select(r => r.Run.Text));

    /// <summary>Where the last drawn glyph ends, from the column's left edge.</summary>
    public float InkRight { get; init; }
}
