using System.Globalization;
using AgreementKit.Batch.Rows;
using AgreementKit.Diagnostics;
using AgreementKit.Parameters;
using AgreementKit.Templates.Packs;
using Newtonsoft.Json.Linq;

namespace AgreementKit.Renewals;

/// <summary>
/// Turns last year's parameters into this year's: the term and the sign date move on by a year (or take
/// the dates given), the contract number follows the pattern, <c>--set</c> values apply to everyone and a
/// data row's values to its own agreement. Everything else stays exactly as it was. The rules are checked
/// once, before any agreement is read; the result is validated like any parameter file.
/// </summary>
internal sealed class RenewalRules
{
    private readonly RenewalOptions _options;
    private readonly string? _termStart;
    private readonly string? _termEnd;
    private readonly string? _signDate;
    private readonly string? _number;
    private readonly ContractNumberPattern? _pattern;
    private readonly List<(string Path, JToken Value)> _set = [];

    public RenewalRules(RenewalOptions options, TemplatePack pack, FieldTypes fields)
    {
        _options = options;
        var problems = new List<Diagnostic>();
        string? Field(string? path, string option, bool required)
        {
            if (path is not null && fields.IsField(path)) return path;
            if (required) problems.Add(Problem($"{option}: pack '{pack.Id}' has no parameter '{path}'"));
            return null;
        }

        _termStart = Field(options.TermStartPath, "--term-start", options.TermStart is not null);
        _termEnd = Field(options.TermEndPath, "--term-end", options.TermEnd is not null);
        _signDate = Field(pack.Document.SignDate, "--sign-date", options.SignDate is not null);
        _number = Field(pack.Document.Number, "--number", options.NumberPattern is not null);
        if (options.NumberPattern is { } pattern) _pattern = ContractNumberPattern.Parse(pattern);
        foreach (var (path, text) in options.Set.OrderBy(s => s.Key, StringComparer.Ordinal))
        {
            if (!fields.IsField(path))
            {
                problems.Add(Problem($"--set: '{path}' is not a parameter of pack '{pack.Id}'"));
                continue;
            }

            var (value, problem) = CellConverter.Convert(text, fields.KindOf(path));
            if (value is null) problems.Add(Problem($"--set {path}: {problem ?? "give a value"}"));
            else _set.Add((path, value));
        }

        if (problems.Count > 0) throw new AgreementKitException(problems);
    }

    /// <summary>What the rules are, as text: part of every agreement's resume hash.</summary>
    public string Describe() => string.Join('\n',
        $"term {_options.TermStart} {_options.TermEnd} {_termStart} {_termEnd}",
        $"sign {_options.SignDate} {_signDate}",
        $"number {_options.NumberPattern} {_number}",
        $"set {string.Join(";", _set.Select(s => s.Path + "=" + s.Value.ToString(Newtonsoft.Json.Formatting.None)))}");

    /// <summary>This year's parameters for the agreement at 1-based place <paramref name="sequence"/>, or the problems that stop it.</summary>
    public (JObject? Parameters, List<Diagnostic> Problems) Apply(JObject old, int sequence, JObject? data, string source)
    {
        var problems = new List<Diagnostic>();
        var renewed = (JObject)old.DeepClone();
        DateOnly? Shifted(string? path, DateOnly? given)
        {
            if (path is null) return null;
            if (given is { } date) return date;
            if (FieldPath.Find(old, path) is not JValue { Type: JTokenType.String } value) return null;
            if (IsoDate.TryParse((string)value!, out var was)) return was.AddYears(1);
            problems.Add(Diagnostic.Error(DiagnosticCodes.RenewalInput, $"{path}: '{value}' is not a date to move on by a year", new SourceLocation { File = source, Path = path }));
            return null;
        }

        var start = Shifted(_termStart, _options.TermStart);
        var end = Shifted(_termEnd, _options.TermEnd);
        var sign = Shifted(_signDate, _options.SignDate);
        Put(renewed, _termStart, start);
        Put(renewed, _termEnd, end);
        Put(renewed, _signDate, sign);
        if (_pattern is not null && _number is not null)
        {
            var year = (start ?? sign ?? DateOnly.MinValue).Year;
            var was = FieldPath.Find(old, _number) is JValue { Type: JTokenType.String } n ? (string?)n : null;
            Set(renewed, _number, new JValue(_pattern.Apply(year, sequence, was)));
        }

        foreach (var (path, value) in _set) Set(renewed, path, value.DeepClone());
        if (data is not null) renewed = ParameterMerge.Merge(renewed, data);
        return (problems.Count == 0 ? renewed : null, problems);
    }

    private static void Put(JObject root, string? path, DateOnly? date)
    {
        if (path is not null && date is { } d) Set(root, path, new JValue(d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)));
    }

    /// <summary>Sets a dotted path, creating the objects on the way.</summary>
    public static void Set(JObject root, string path, JToken value)
    {
        var segments = path.Split('.');
        var current = root;
        foreach (var segment in segments[..^1])
        {
            if (current[segment] is not JObject next) current[segment] = next = new JObject();
            current = next;
        }

        current[segments[^1]] = value;
    }

    private static Diagnostic Problem(string message) => Diagnostic.Error(DiagnosticCodes.RenewalOption, message, new SourceLocation());
}
