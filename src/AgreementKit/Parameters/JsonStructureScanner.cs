using System.Globalization;
using System.Text;
using System.Text.Json;
using AgreementKit.Diagnostics;

namespace AgreementKit.Parameters;

/// <summary>
/// The first pass over the input, with System.Text.Json's strict reader (RFC 8259: no comments,
/// trailing commas, single quotes or leading zeros, all of which Newtonsoft accepts — it even reads
/// <c>010</c> as 8). The pass checks syntax, depth and text lengths before any tree is built, finds
/// every duplicate key, and records where each token starts so the tree can be annotated.
/// The reader is iterative, so 10,000 levels of nesting cost no stack.
/// </summary>
internal static class JsonStructureScanner
{
    /// <summary>The start offsets of the tokens that become tree nodes, in document order; null when the input is unusable.</summary>
    public static List<int>? Scan(byte[] utf8, LineMap lines, string file, ParameterReaderOptions options, DiagnosticBag bag)
    {
        // One level more than allowed so that this code, not the library, reports the first level too deep.
        var reader = new Utf8JsonReader(utf8, new JsonReaderOptions { MaxDepth = options.MaxDepth + 1 });
        var starts = new List<int>();
        var frames = new Stack<Frame>();
        var errorsBefore = bag.Items.Count;
        try
        {
            while (reader.Read())
            {
                var offset = (int)reader.TokenStartIndex;
                var path = frames.Count == 0 ? "" : frames.Peek().PathOfCurrent();
                switch (reader.TokenType)
                {
                    case JsonTokenType.StartObject or JsonTokenType.StartArray:
                        if (frames.Count == 0 && reader.TokenType != JsonTokenType.StartObject)
                        {
                            bag.Error(DiagnosticCodes.MalformedJson, "the parameters must be one JSON object { … } at the top level, not a list",
                                Locate(lines, offset, file, ""));
                            return null;
                        }
                        if (frames.Count + 1 > options.MaxDepth)
                        {
                            bag.Error(DiagnosticCodes.TooDeep,
                                $"{FieldPath.Describe(path)} is nested more than {options.MaxDepth} levels deep; parameters are never that deep",
                                Locate(lines, offset, file, path));
                            return null;
                        }
                        if (frames.Count > 0) frames.Peek().CountValue();
                        frames.Push(new Frame(reader.TokenType == JsonTokenType.StartObject, path, offset));
                        starts.Add(offset);
                        break;
                    case JsonTokenType.EndObject or JsonTokenType.EndArray:
                        frames.Pop();
                        break;
                    case JsonTokenType.PropertyName:
                        var key = ReadKey(ref reader);
                        var frame = frames.Peek();
                        var keyPath = FieldPath.Child(frame.Path, key);
                        CheckLength(ref reader, keyPath, "the key", lines, offset, file, options, bag);
                        CheckSurrogates(ref reader, keyPath, "the key of", lines, offset, file, bag);
                        if (!frame.Keys!.TryAdd(key, offset))
                        {
                            var (line, column) = lines.Locate(frame.Keys[key]);
                            bag.Error(DiagnosticCodes.DuplicateKey,
                                $"the key {TextEcho.Quote(key)} appears more than once in {FieldPath.Describe(frame.Path)} (first at line {line}, column {column}); keep only one",
                                Locate(lines, offset, file, keyPath));
                        }
                        frame.CurrentKey = key;
                        starts.Add(offset);
                        break;
                    default:
                        if (frames.Count == 0)
                        {
                            bag.Error(DiagnosticCodes.MalformedJson, "the parameters must be one JSON object { … } at the top level",
                                Locate(lines, offset, file, ""));
                            return null;
                        }
                        if (reader.TokenType == JsonTokenType.String)
                        {
                            CheckLength(ref reader, path, "the text of", lines, offset, file, options, bag);
                            CheckSurrogates(ref reader, path, "", lines, offset, file, bag);
                        }
                        frames.Peek().CountValue();
                        starts.Add(offset);
                        break;
                }
            }
        }
        catch (JsonException e)
        {
            var offset = lines.OffsetOf(e.LineNumber ?? 0, e.BytePositionInLine ?? 0);
            var context = new JsonSyntaxContext(frames.Count == 0 ? null : frames.Peek(), Found(utf8, offset), lines);
            bag.Error(DiagnosticCodes.MalformedJson, JsonSyntaxMessage.Describe(e.Message, context),
                Locate(lines, offset, file, frames.Count == 0 ? "" : frames.Peek().Path));
            return null;
        }
        return bag.Items.Count == errorsBefore ? starts : null;
    }

    private static string ReadKey(ref Utf8JsonReader reader)
    {
        try
        {
            return reader.GetString()!;
        }
        catch (InvalidOperationException)
        {
            // A lone surrogate escape such as "\ud800" cannot be unescaped here; the raw spelling still
            // identifies the key, and the text policy rejects it later by name.
            return Encoding.UTF8.GetString(reader.ValueSpan);
        }
    }

    private static void CheckLength(ref Utf8JsonReader reader, string path, string what, LineMap lines, int offset, string file,
        ParameterReaderOptions options, DiagnosticBag bag)
    {
        // Escaped or not, a string never has more UTF-16 units than its UTF-8 bytes, so most strings
        // are cleared without being decoded.
        if (reader.ValueSpan.Length <= options.MaxStringLength)
            return;
        var length = reader.ValueIsEscaped ? UnescapedLength(ref reader) : Encoding.UTF8.GetCharCount(reader.ValueSpan);
        if (length <= options.MaxStringLength)
            return;
        bag.Error(DiagnosticCodes.TooLarge,
            $"{what} {FieldPath.Describe(path)} is {length.ToString("N0", CultureInfo.InvariantCulture)} characters long; the limit is {options.MaxStringLength.ToString("N0", CultureInfo.InvariantCulture)}",
            Locate(lines, offset, file, path));
    }

    /// <summary>
    /// Newtonsoft turns a lone surrogate escape such as <c>"\ud800"</c> into U+FFFD without a word, so
    /// such escapes are reported here, by code point, before the tree is built.
    /// </summary>
    private static void CheckSurrogates(ref Utf8JsonReader reader, string path, string what, LineMap lines, int offset, string file,
        DiagnosticBag bag)
    {
        if (!reader.ValueIsEscaped || LoneSurrogateEscape(Encoding.UTF8.GetString(reader.ValueSpan)) is not { } codePoint)
            return;
        var subject = what.Length == 0 ? FieldPath.Describe(path) : $"{what} {FieldPath.Describe(path)}";
        bag.Error(DiagnosticCodes.LoneSurrogate,
            $"{subject} contains the escape \\u{codePoint:X4}, a lone surrogate (half of a character whose other half is missing); remove it",
            Locate(lines, offset, file, path));
    }

    /// <summary>The first <c>\uD800</c>–<c>\uDFFF</c> escape that is not half of a proper pair, in raw (escaped) JSON text.</summary>
    private static int? LoneSurrogateEscape(string raw)
    {
        int? pendingHigh = null;
        for (var i = 0; i < raw.Length; i++)
        {
            if (raw[i] != '\\' || i + 1 >= raw.Length)
            {
                if (pendingHigh is not null) return pendingHigh;
                continue;
            }
            if (raw[i + 1] != 'u')
            {
                if (pendingHigh is not null) return pendingHigh;
                i++; // an escape such as \\ or \n: skip its second character
                continue;
            }
            var unit = int.Parse(raw.AsSpan(i + 2, 4), NumberStyles.HexNumber, CultureInfo.InvariantCulture);
            i += 5;
            if (unit is >= 0xDC00 and <= 0xDFFF)
            {
                if (pendingHigh is null) return unit;
                pendingHigh = null;
            }
            else if (pendingHigh is not null)
                return pendingHigh;
            else if (unit is >= 0xD800 and <= 0xDBFF)
                pendingHigh = unit;
        }
        return pendingHigh;
    }

    private static int UnescapedLength(ref Utf8JsonReader reader)
    {
        try
        {
            return reader.GetString()!.Length;
        }
        catch (InvalidOperationException)
        {
            return Encoding.UTF8.GetCharCount(reader.ValueSpan);
        }
    }

    private static string? Found(byte[] utf8, long offset)
    {
        if (offset >= utf8.Length)
            return null;
        System.Text.Rune.DecodeFromUtf8(utf8.AsSpan((int)offset), out var rune, out _);
        var text = rune.ToString();
        return CodePointPolicy.Classify(text, 0) is null && !System.Text.Rune.IsWhiteSpace(rune)
            ? $"'{text}'"
            : TextEcho.CodePoint(rune.Value);
    }

    private static SourceLocation Locate(LineMap lines, long offset, string file, string path)
    {
        var (line, column) = lines.Locate(offset);
        return new SourceLocation { File = file, Line = line, Column = column, Path = path };
    }
}
