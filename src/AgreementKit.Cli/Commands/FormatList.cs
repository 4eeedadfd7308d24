using AgreementKit.Writers;

namespace AgreementKit.Cli.Commands;

/// <summary>Parses <c>--format docx,pdf</c> against the formats an engine writes (built-in and registered).</summary>
internal static class FormatList
{
    public static IReadOnlyList<IAgreementWriter> Parse(string text, AgreementEngine engine)
    {
        var names = string.Join(", ", engine.Writers.Select(w => w.FormatId));
        var writers = new List<IAgreementWriter>();
        foreach (var name in text.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var writer = engine.Writers.FirstOrDefault(w => Named(w, name))
                ?? throw new UsageException($"--format: unknown format '{name}' ({names})");
            if (!writers.Contains(writer)) writers.Add(writer);
        }

        if (writers.Count == 0) throw new UsageException($"--format: name at least one format ({names})");
        return writers;
    }

    private static bool Named(IAgreementWriter writer, string name) =>
        string.Equals(writer.FormatId, name, StringComparison.OrdinalIgnoreCase) || writer.Aliases.Contains(name, StringComparer.OrdinalIgnoreCase);
}
