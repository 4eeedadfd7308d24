using DocumentFormat.OpenXml.Wordprocessing;

namespace AgreementKit.Writers.Docx;

/// <summary>
/// The numbers of a paragraph style that decide how much page it takes, read back from the styles this
/// writer generated (following basedOn and the document defaults) so the page estimate cannot drift from
/// the styles.
/// </summary>
internal sealed record StyleMetrics(double FontSize, double LineMultiple, double Before, double After, double FirstLineEms, double LeftEms, bool KeepNext)
{
    public static IReadOnlyDictionary<string, StyleMetrics> From(Styles styles)
    {
        var byId = styles.Elements<Style>().Where(s => s.StyleId?.Value is not null).ToDictionary(s => s.StyleId!.Value!, StringComparer.Ordinal);
        var defaults = styles.DocDefaults;
        var result = new Dictionary<string, StyleMetrics>(StringComparer.Ordinal);
        foreach (var id in byId.Keys)
        {
            var chain = new List<Style>();
            for (var s = byId[id]; s is not null; s = s.BasedOn?.Val?.Value is { } b && byId.TryGetValue(b, out var next) ? next : null)
                chain.Add(s);

            T? First<T>(Func<Style, T?> read, T? fallback) where T : class =>
                chain.Select(read).FirstOrDefault(v => v is not null) ?? fallback;

            var size = First(s => s.StyleRunProperties?.FontSize?.Val?.Value, defaults?.RunPropertiesDefault?.RunPropertiesBaseStyle?.FontSize?.Val?.Value);
            var spacing = chain.Select(s => s.StyleParagraphProperties?.SpacingBetweenLines).Where(x => x is not null).ToList();
            string? Spacing(Func<SpacingBetweenLines, string?> read) => spacing.Select(x => read(x!)).FirstOrDefault(v => v is not null);
            var indent = chain.Select(s => s.StyleParagraphProperties?.Indentation).FirstOrDefault(x => x is not null);
            result[id] = new StyleMetrics(
                FontSize: Number(size, 24) / 2,
                LineMultiple: Number(Spacing(x => x.Line?.Value), 240) / 240,
                Before: Number(Spacing(x => x.Before?.Value), 0) / 20,
                After: Number(Spacing(x => x.After?.Value), 0) / 20,
                FirstLineEms: ((indent?.FirstLineChars?.Value ?? 0) - (indent?.HangingChars?.Value ?? 0)) / 100.0,
                LeftEms: (indent?.LeftChars?.Value ?? 0) / 100.0,
                KeepNext: chain.Any(s => s.StyleParagraphProperties?.KeepNext is not null));
        }

        return result;
    }

    private static double Number(string? value, double fallback) =>
        value is not null && double.TryParse(value, System.Globalization.NumberStyles.Number, System.Globalization.CultureInfo.InvariantCulture, out var n) ? n : fallback;
}
