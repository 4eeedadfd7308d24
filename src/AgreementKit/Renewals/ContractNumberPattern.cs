using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using AgreementKit.Diagnostics;

namespace AgreementKit.Renewals;

/// <summary>
/// A pattern for new contract numbers: literal text with <c>{year}</c>, <c>{seq}</c>/<c>{seq:0000}</c> and
/// <c>{old}</c>, e.g. <c>HT-{year}-{seq:0000}</c> → <c>HT-2026-0007</c>. Parsed once; anything else in
/// braces is refused before any agreement is read.
/// </summary>
internal sealed partial class ContractNumberPattern
{
    private readonly List<(string Text, string? Placeholder, int Width)> _parts = [];

    private ContractNumberPattern()
    {
    }

    public static ContractNumberPattern Parse(string pattern)
    {
        var result = new ContractNumberPattern();
        var at = 0;
        foreach (Match m in Placeholder().Matches(pattern))
        {
            if (m.Index > at) result._parts.Add((pattern[at..m.Index], null, 0));
            var name = m.Groups[1].Value;
            var format = m.Groups[2].Success ? m.Groups[2].Value : null;
            if (name is not ("year" or "seq" or "old") || format is not null && (name != "seq" || format.Any(c => c != '0')))
                throw Problem($"'{m.Value}' is not a placeholder of a number pattern ({{year}}, {{seq}}, {{seq:0000}}, {{old}})");
            result._parts.Add(("", name, format?.Length ?? 0));
            at = m.Index + m.Length;
        }

        if (at < pattern.Length) result._parts.Add((pattern[at..], null, 0));
        if (result._parts.Any(p => p.Placeholder is null && (p.Text.Contains('{') || p.Text.Contains('}'))))
            throw Problem($"'{pattern}' has a brace that opens or closes no placeholder");
        if (!result._parts.Any(p => p.Placeholder is "seq" or "old"))
            throw Problem($"'{pattern}' has neither {{seq}} nor {{old}}, so every agreement would get the same number");
        return result;
    }

    public string Apply(int year, int sequence, string? old)
    {
        var text = new StringBuilder();
        foreach (var (literal, placeholder, width) in _parts)
        {
            text.Append(placeholder switch
            {
                "year" => year.ToString(CultureInfo.InvariantCulture),
                "seq" => sequence.ToString(new string('0', Math.Max(width, 1)), CultureInfo.InvariantCulture),
                "old" => old ?? "",
                _ => literal,
            });
        }

        return text.ToString();
    }

    private static AgreementKitException Problem(string message) =>
        new([Diagnostic.Error(DiagnosticCodes.RenewalOption, $"--number: {message}", new SourceLocation())]);

    [GeneratedRegex(@"\{([a-z]+)(?::([^{}]*))?\}")]
    private static partial Regex Placeholder();
}
