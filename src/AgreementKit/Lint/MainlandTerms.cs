using System.Reflection;

namespace AgreementKit.Lint;

/// <summary>
/// The reviewed list of mainland vocabulary (<c>Lint/mainland-terms.tsv</c>, embedded), longest term first so
/// that 電子郵箱 is reported once, as itself, not as 郵箱.
/// </summary>
internal static class MainlandTerms
{
    private const string ResourceName = "AgreementKit.Lint.mainland-terms.tsv";

    public static IReadOnlyList<MainlandTerm> All { get; } = Load();

    /// <summary>Reads the list; a malformed row is a bug in the shipped file, so it throws.</summary>
    public static IReadOnlyList<MainlandTerm> Parse(string text)
    {
        var terms = new List<MainlandTerm>();
        var lines = text.Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i].TrimEnd('\r');
            if (line.Length == 0 || line.StartsWith('#')) continue;
            var columns = line.Split('\t');
            if (columns.Length is < 2 or > 3 || columns[0].Length == 0 || columns[1].Length == 0)
                throw new FormatException($"mainland-terms.tsv line {i + 1}: expected <term> TAB <Taiwan wording> [TAB <allowed phrases>]");
            var allowed = columns.Length == 3 ? columns[2].Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries) : [];
            if (allowed.FirstOrDefault(p => !p.Contains(columns[0], StringComparison.Ordinal)) is { } stray)
                throw new FormatException($"mainland-terms.tsv line {i + 1}: the allowed phrase '{stray}' does not contain '{columns[0]}'");
            terms.Add(new MainlandTerm(columns[0], columns[1], allowed));
        }

        return terms.OrderByDescending(t => t.Term.Length).ThenBy(t => t.Term, StringComparer.Ordinal).ToList();
    }

    private static IReadOnlyList<MainlandTerm> Load()
    {
        using var stream = typeof(MainlandTerms).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"the resource {ResourceName} is missing from {typeof(MainlandTerms).Assembly.GetName().Name}");
        using var reader = new StreamReader(stream);
        return Parse(reader.ReadToEnd());
    }
}
