using System.Globalization;
using System.Numerics;
using System.Text;
using AgreementKit.Diagnostics;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace AgreementKit.Parameters;

/// <summary>
/// Reads parameters that are already a JSON object in memory (<see cref="AgreementParameters.FromJObject"/>,
/// batch rows) as <see cref="ParameterReader"/> reads a file, without writing them out as text and parsing
/// that: the same limits (size, depth, text length), and values of the types the file reader gives — whole
/// numbers as <see cref="long"/>, other numbers as <see cref="decimal"/>, dates and other .NET values as the
/// text JSON would hold — so an object renders exactly like the same JSON file. Tokens keep the
/// <see cref="ValueOrigin"/> they carry; a problem with a token that has none is named by its path.
/// </summary>
internal static class ObjectInput
{
    private static readonly JsonCloneSettings KeepOrigins = new() { CopyAnnotations = true };

    /// <summary>A checked copy of <paramref name="source"/>, or null with the problems; the source is not changed.</summary>
    public static ReadResult Read(JObject source, string sourceName, ParameterReaderOptions options)
    {
        var bag = new DiagnosticBag();
        var document = (JObject)source.DeepClone(KeepOrigins);
        long size = 0;
        // An explicit stack: a hostile object may be nested far deeper than the call stack allows.
        var pending = new Stack<(JToken Token, int Depth)>();
        pending.Push((document, 1));
        while (pending.Count > 0)
        {
            var (token, depth) = pending.Pop();
            size += Size(token);
            if (size > options.MaxBytes)
            {
                bag.Error(DiagnosticCodes.TooLarge,
                    $"the parameters hold more than {options.MaxBytes.ToString("N0", CultureInfo.InvariantCulture)} bytes of JSON, the limit",
                    new SourceLocation { File = sourceName });
                return new ReadResult(null, bag.Items);
            }

            switch (token)
            {
                case JConstructor:
                    NotJson(token, "a constructor call", sourceName, bag);
                    continue;
                case JContainer container when container is not JProperty && depth > options.MaxDepth:
                    bag.Error(DiagnosticCodes.TooDeep,
                        $"{FieldPath.Describe(container.Path)} is nested more than {options.MaxDepth} levels deep; parameters are never that deep",
                        ValueOrigin.Locate(container, sourceName, container.Path));
                    return new ReadResult(null, bag.Items);
                case JProperty property:
                    CheckLength(property.Name, "the key", property, options, sourceName, bag);
                    pending.Push((property.Value, depth));
                    continue;
                case JContainer container:
                    foreach (var child in container.Children().Reverse())
                        pending.Push((child, depth + 1));
                    continue;
                case JValue value:
                    Normalize(value, options, sourceName, bag);
                    continue;
            }
        }

        return new ReadResult(bag.HasErrors ? null : document, bag.Items);
    }

    /// <summary>Gives a value the type a JSON file would give it, or reports why no file could hold it.</summary>
    private static void Normalize(JValue value, ParameterReaderOptions options, string sourceName, DiagnosticBag bag)
    {
        switch (value.Type)
        {
            case JTokenType.String:
                var text = value.Value as string ?? Convert.ToString(value.Value, CultureInfo.InvariantCulture) ?? "";
                value.Value = text;
                CheckLength(text, "", value, options, sourceName, bag);
                break;
            case JTokenType.Integer:
                Integer(value, sourceName, bag);
                break;
            case JTokenType.Float when value.Value is double or float:
                Float(value, Convert.ToDouble(value.Value, CultureInfo.InvariantCulture), sourceName, bag);
                break;
            case JTokenType.Float or JTokenType.Boolean or JTokenType.Null:
                break;
            // What the JSON writer would put down for these .NET values is text; the file reader reads it back as such.
            case JTokenType.Date:
                value.Value = (value.Value is DateTimeOffset offset ? JsonConvert.ToString(offset) : JsonConvert.ToString((DateTime)value.Value!)).Trim('"');
                break;
            case JTokenType.Guid or JTokenType.Uri or JTokenType.TimeSpan or JTokenType.Bytes:
                value.Value = value.Value switch
                {
                    Uri uri => uri.OriginalString,
                    byte[] bytes => Convert.ToBase64String(bytes),
                    TimeSpan span => span.ToString("c", CultureInfo.InvariantCulture),
                    var other => Convert.ToString(other, CultureInfo.InvariantCulture),
                };
                break;
            default:
                NotJson(value, value.Type switch
                {
                    JTokenType.Comment => "a comment",
                    JTokenType.Raw => "raw JSON text",
                    JTokenType.Undefined => "an undefined value",
                    _ => "something that is not a value",
                }, sourceName, bag);
                break;
        }
    }

    private static void Integer(JValue value, string sourceName, DiagnosticBag bag)
    {
        var big = value.Value switch
        {
            long whole => whole,
            BigInteger whole => whole,
            ulong whole => whole,
            var other => new BigInteger(Convert.ToInt64(other, CultureInfo.InvariantCulture)),
        };
        if (big >= long.MinValue && big <= long.MaxValue)
            value.Value = (long)big;
        else
            bag.Error(DiagnosticCodes.OutOfRange,
                $"{FieldPath.Describe(value.Path)}: the number {TextEcho.Shorten(big.ToString(CultureInfo.InvariantCulture))} is too large to be used",
                ValueOrigin.Locate(value, sourceName, value.Path));
    }

    /// <summary>A binary floating-point number, as its JSON spelling would be read: an exact decimal.</summary>
    private static void Float(JValue value, double number, string sourceName, DiagnosticBag bag)
    {
        if (!double.IsFinite(number))
        {
            bag.Error(DiagnosticCodes.OutOfRange, $"{FieldPath.Describe(value.Path)} is not a finite number, which JSON cannot hold",
                ValueOrigin.Locate(value, sourceName, value.Path));
            return;
        }

        var spelling = JsonConvert.ToString(number);
        if (decimal.TryParse(spelling, NumberStyles.Float, CultureInfo.InvariantCulture, out var exact))
            value.Value = exact;
        else
            bag.Error(DiagnosticCodes.OutOfRange, $"{FieldPath.Describe(value.Path)}: the number is too large or too small to be used",
                ValueOrigin.Locate(value, sourceName, value.Path));
    }

    private static void CheckLength(string text, string what, JToken token, ParameterReaderOptions options, string sourceName, DiagnosticBag bag)
    {
        if (text.Length <= options.MaxStringLength)
            return;
        var subject = what.Length == 0 ? FieldPath.Describe(token.Path) : $"{what} {FieldPath.Describe(token.Path)}";
        bag.Error(DiagnosticCodes.TooLarge,
            $"{subject} is {text.Length.ToString("N0", CultureInfo.InvariantCulture)} characters long; the limit is {options.MaxStringLength.ToString("N0", CultureInfo.InvariantCulture)}",
            ValueOrigin.Locate(token, sourceName, token.Path));
    }

    private static void NotJson(JToken token, string what, string sourceName, DiagnosticBag bag) =>
        bag.Error(DiagnosticCodes.WrongType,
            $"{FieldPath.Describe(token.Path)} holds {what}, which JSON cannot hold; give text, a number, true or false, an object or a list",
            ValueOrigin.Locate(token, sourceName, token.Path));

    /// <summary>
    /// About the bytes a token takes in compact JSON, so the size limit means for an object what it means for
    /// a file; text counts its UTF-8 bytes, escapes aside.
    /// </summary>
    private static long Size(JToken token) => token switch
    {
        JProperty property => Encoding.UTF8.GetByteCount(property.Name) + 4,
        JValue { Value: string text } => Encoding.UTF8.GetByteCount(text) + 2,
        JValue value => (Convert.ToString(value.Value, CultureInfo.InvariantCulture)?.Length ?? 4) + 1,
        _ => 2,
    };
}
