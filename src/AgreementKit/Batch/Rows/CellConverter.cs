using System.Globalization;
using AgreementKit.Parameters;
using System.Text.RegularExpressions;
using Newtonsoft.Json.Linq;

namespace AgreementKit.Batch.Rows;

/// <summary>
/// Turns one cell into the JSON value its field expects. Text cells are converted only when the schema
/// asks for a number, boolean, object or list, and then only from their exact JSON spelling, so a value
/// means the same in a row as in a parameter file ("24小时", "３" and "3.5" for an integer are refused, not
/// coerced: promise R4). Dates are checked by the schema afterwards, like in a parameter file.
/// </summary>
internal static partial class CellConverter
{
    /// <summary>The value, null when the cell is empty (the field is left to the defaults), or a problem in plain words.</summary>
    public static (JToken? Value, string? Problem) Convert(object? cell, FieldKind kind) => cell switch
    {
        null => (null, null),
        JToken token => (token, null),
        string text when text.Length == 0 => (null, null),
        string text => FromText(text, kind),
        DateTime date => FromDate(date, kind),
        bool flag => kind is FieldKind.Boolean or FieldKind.Text ? (kind == FieldKind.Boolean ? new JValue(flag) : new JValue(flag ? "true" : "false"), null) : (null, $"a yes/no cell cannot give {Describe(kind)}"),
        double or float or decimal or int or long => FromNumber(System.Convert.ToDecimal(cell, CultureInfo.InvariantCulture), System.Convert.ToDouble(cell, CultureInfo.InvariantCulture), kind),
        _ => FromText(System.Convert.ToString(cell, CultureInfo.InvariantCulture) ?? "", kind),
    };

    private static (JToken?, string?) FromText(string text, FieldKind kind)
    {
        var value = kind switch
        {
            FieldKind.Text or FieldKind.Date => new JValue(text),
            FieldKind.Integer when IntegerSpelling().IsMatch(text) => Number(text),
            FieldKind.Number when NumberSpelling().IsMatch(text) => Number(text),
            FieldKind.Boolean when text is "true" or "false" => new JValue(text == "true"),
            FieldKind.Json => ParseJson(text) is { Type: JTokenType.Object or JTokenType.Array } structured ? structured : null,
            _ => null,
        };
        return value is null ? (null, $"{TextEcho.Quote(text)} is not {Describe(kind)}") : (value, null);
    }

    private static (JToken?, string?) FromDate(DateTime date, FieldKind kind)
    {
        if (kind is not (FieldKind.Date or FieldKind.Text)) return (null, $"a date cell cannot give {Describe(kind)}");
        var text = date.TimeOfDay == TimeSpan.Zero
            ? date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)
            : date.ToString("yyyy-MM-dd'T'HH:mm:ss", CultureInfo.InvariantCulture);
        return (new JValue(text), null);
    }

    private static (JToken?, string?) FromNumber(decimal value, double raw, FieldKind kind) => kind switch
    {
        FieldKind.Integer when decimal.Truncate(value) == value => (new JValue((long)value), null),
        FieldKind.Number => decimal.Truncate(value) == value ? (new JValue((long)value), null) : (new JValue(value), null),
        // A number cell for a text field (an id Excel stored as a number): its shortest exact spelling.
        FieldKind.Text => (new JValue(raw.ToString("R", CultureInfo.InvariantCulture)), null),
        _ => (null, $"the number {raw.ToString("R", CultureInfo.InvariantCulture)} is not {Describe(kind)}"),
    };

    /// <summary>
    /// Exactly one JSON value in the engine's strict syntax (no comments, single quotes or hex numbers), or
    /// null. The engine's reader wants an object, so the value is read as the only member of one.
    /// </summary>
    internal static JToken? ParseJson(string text)
    {
        var read = new ParameterReader().ReadText("{\"value\":" + text + "\n}", "cell");
        return read.Document?["value"];
    }

    /// <summary>The number as a parameter file would give it: long for integers, decimal otherwise (exact amounts).</summary>
    private static JValue Number(string text)
    {
        if (long.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var whole)) return new JValue(whole);
        return decimal.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var amount) ? new JValue(amount) : new JValue(text);
    }

    // JSON's number grammar (RFC 8259 §6): no leading zeros, no '+', no hex, no full-width digits.
    [GeneratedRegex("^-?(0|[1-9][0-9]*)$", RegexOptions.CultureInvariant)]
    private static partial Regex IntegerSpelling();

    [GeneratedRegex("^-?(0|[1-9][0-9]*)(\\.[0-9]+)?([eE][+-]?[0-9]+)?$", RegexOptions.CultureInvariant)]
    private static partial Regex NumberSpelling();

    private static string Describe(FieldKind kind) => kind switch
    {
        FieldKind.Integer => "a whole number (digits only, e.g. 30)",
        FieldKind.Number => "a number (e.g. 12.5)",
        FieldKind.Boolean => "true or false",
        FieldKind.Json => "JSON (an object { … } or a list [ … ])",
        FieldKind.Date => "a date (YYYY-MM-DD)",
        _ => "text",
    };
}
