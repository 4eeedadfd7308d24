using System.Globalization;
using System.Text;
using AgreementKit.Batch.Rows;
using AgreementKit.Diagnostics;
using AgreementKit.Parameters;
using Newtonsoft.Json.Linq;

namespace AgreementKit.Batch.Names;

/// <summary>
/// A file-name pattern such as <c>{contract.number}</c> or <c>{salesperson.employeeId}-{salesperson.name}</c>:
/// literal text and parameter paths in braces; <c>{row}</c> is the data row number. The pattern only picks
/// text; <see cref="FileNameSanitizer"/> makes it safe afterwards.
/// </summary>
internal sealed class NamePattern
{
    public const string RowPlaceholder = "row";

    private readonly IReadOnlyList<(string Text, bool IsPath)> _parts;

    private NamePattern(IReadOnlyList<(string, bool)> parts) => _parts = parts;

    /// <summary>The parameter paths the pattern reads.</summary>
    public IEnumerable<string> Paths => _parts.Where(p => p.IsPath && p.Text != RowPlaceholder).Select(p => p.Text);

    /// <summary>Parses <paramref name="pattern"/>; every path must be one of the pack's <paramref name="fields"/>.</summary>
    public static NamePattern Parse(string pattern, FieldTypes fields)
    {
        var parts = new List<(string, bool)>();
        var problems = new DiagnosticBag();
        var i = 0;
        while (i < pattern.Length)
        {
            var open = pattern.IndexOf('{', i);
            var close = pattern.IndexOf('}', i);
            if (close >= 0 && (open < 0 || close < open))
            {
                problems.Error(DiagnosticCodes.BatchName, $"the name pattern '{pattern}' has a '}}' without '{{' at character {close + 1}", new SourceLocation());
                break;
            }

            if (open < 0)
            {
                parts.Add((pattern[i..], false));
                break;
            }

            if (open > i) parts.Add((pattern[i..open], false));
            close = pattern.IndexOf('}', open);
            if (close < 0)
            {
                problems.Error(DiagnosticCodes.BatchName, $"the name pattern '{pattern}' has a '{{' without '}}' at character {open + 1}", new SourceLocation());
                break;
            }

            var path = pattern[(open + 1)..close].Trim();
            if (path != RowPlaceholder && !fields.IsField(path))
                problems.Error(DiagnosticCodes.BatchName,
                    fields.Closest(path) is { } closest
                        ? $"the name pattern uses {{{path}}}, which is not a field of the pack; did you mean {{{closest}}}?"
                        : $"the name pattern uses {{{path}}}, which is not a field of the pack (use a parameter path such as {fields.Example}, or {{row}})",
                    new SourceLocation { Path = path });
            parts.Add((path, true));
            i = close + 1;
        }

        if (!parts.Exists(p => p.Item2) && !problems.HasErrors)
            problems.Error(DiagnosticCodes.BatchName,
                $"the name pattern '{pattern}' has no {{field}}, so every row would get the same file name", new SourceLocation());
        if (problems.HasErrors) throw new AgreementKitException(problems.Items);
        return new NamePattern(parts);
    }

    /// <summary>
    /// The raw name of one row, looking in the row first and then in the defaults; null with the
    /// missing path when a field has no usable value.
    /// </summary>
    public (string? Name, string? MissingPath) Apply(int rowNumber, JObject row, JObject defaults)
    {
        var name = new StringBuilder();
        foreach (var (text, isPath) in _parts)
        {
            if (!isPath)
            {
                name.Append(text);
                continue;
            }

            if (text == RowPlaceholder)
            {
                name.Append(rowNumber.ToString(CultureInfo.InvariantCulture));
                continue;
            }

            var value = FieldPath.Find(row, text) ?? FieldPath.Find(defaults, text);
            var piece = value switch
            {
                JValue { Type: JTokenType.String } s => (string?)s,
                JValue { Type: JTokenType.Integer or JTokenType.Float or JTokenType.Boolean } v => Convert.ToString(v.Value, CultureInfo.InvariantCulture),
                _ => null,
            };
            if (string.IsNullOrWhiteSpace(piece)) return (null, text);
            name.Append(piece);
        }

        return (name.ToString(), null);
    }
}
