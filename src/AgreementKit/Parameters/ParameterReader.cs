using System.Globalization;
using System.Numerics;
using AgreementKit.Diagnostics;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace AgreementKit.Parameters;

/// <summary>
/// Reads one parameter document: limits, decoding, a strict syntax pass (<see cref="JsonStructureScanner"/>),
/// then a Newtonsoft tree in which every token is annotated with where it starts
/// (<see cref="ValueOrigin"/>). A document already in memory as an object is checked against the same limits
/// without becoming text (<see cref="ObjectInput"/>). Bad input never throws; it comes back as located
/// diagnostics. Validation against a pack is a separate step (<see cref="ParameterSchema"/>).
/// </summary>
internal sealed class ParameterReader(ParameterReaderOptions? options = null)
{
    private readonly ParameterReaderOptions _options = options ?? ParameterReaderOptions.Default;

    /// <summary>Reads a file; <paramref name="path"/> as given names it in diagnostics.</summary>
    public ReadResult ReadFile(string path)
    {
        if (Directory.Exists(path))
            return Unreadable(path, "it is a folder, not a file");
        try
        {
            // The size is checked before a single byte is read.
            var length = new FileInfo(path).Length;
            if (length > _options.MaxBytes)
                return TooLarge(length, path);
            using var stream = File.OpenRead(path);
            return Read(stream, path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return Unreadable(path, e.Message);
        }
    }

    /// <summary>Reads a stream up to the size limit; <paramref name="sourceName"/> names it in diagnostics.</summary>
    public ReadResult Read(Stream stream, string sourceName)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = stream.Read(chunk, 0, chunk.Length)) > 0)
        {
            buffer.Write(chunk, 0, read);
            if (buffer.Length > _options.MaxBytes)
                return TooLarge(null, sourceName);
        }
        return Read(buffer.ToArray(), sourceName);
    }

    /// <summary>
    /// Reads text already in memory (tests, stdin, batch cells, JSON Lines rows). It is UTF-8 encoded first.
    /// <paramref name="firstLine"/> is the line of <paramref name="sourceName"/> the text starts on, so that a
    /// row of a JSON Lines file is located by its place in the file.
    /// </summary>
    public ReadResult ReadText(string text, string sourceName, int firstLine = 1)
    {
        byte[] bytes;
        try
        {
            bytes = InputEncoding.Utf8.GetBytes(text);
        }
        catch (System.Text.EncoderFallbackException e)
        {
            // A raw lone surrogate in a .NET string would otherwise become U+FFFD without a word.
            var bag = new DiagnosticBag();
            bag.Error(DiagnosticCodes.LoneSurrogate,
                $"the text contains {TextEcho.CodePoint(e.CharUnknown)}, a lone surrogate (half of a character whose other half is missing)",
                new SourceLocation { File = sourceName, Line = firstLine });
            return new ReadResult(null, bag.Items);
        }
        return Read(bytes, sourceName, firstLine);
    }

    /// <summary>
    /// Checks a document given as an object against the same limits and gives its values the types a file
    /// would; the object is not changed. Tokens keep the origins they carry.
    /// </summary>
    public ReadResult Read(JObject document, string sourceName) => ObjectInput.Read(document, sourceName, _options);

    /// <summary>Reads raw bytes in the configured encoding (UTF-8 unless told otherwise).</summary>
    public ReadResult Read(byte[] bytes, string sourceName, int firstLine = 1)
    {
        if (bytes.LongLength > _options.MaxBytes)
            return TooLarge(bytes.LongLength, sourceName);
        var bag = new DiagnosticBag();
        if (InputDecoder.Decode(bytes, _options.Encoding, sourceName, bag) is not { } decoded)
            return new ReadResult(null, bag.Items);
        var (text, utf8) = decoded;
        if (string.IsNullOrWhiteSpace(text))
        {
            bag.Error(DiagnosticCodes.EmptyInput, "the file is empty; it must hold one JSON object { … }",
                new SourceLocation { File = sourceName });
            return new ReadResult(null, bag.Items);
        }
        var lines = new LineMap(utf8, firstLine);
        if (JsonStructureScanner.Scan(utf8, lines, sourceName, _options, bag) is not { } starts)
            return new ReadResult(null, bag.Items);
        var document = Load(text, sourceName, firstLine, bag);
        if (document is null)
            return new ReadResult(null, bag.Items);
        Annotate(document, starts, lines, sourceName);
        CheckNumbers(document, sourceName, bag);
        return new ReadResult(bag.HasErrors ? null : document, bag.Items);
    }

    private static JObject? Load(string text, string sourceName, int firstLine, DiagnosticBag bag)
    {
        using var reader = new JsonTextReader(new StringReader(text))
        {
            // The scanner has already enforced the real limit.
            MaxDepth = null,
            // "2025-01-01" stays text; dates are checked by the schema, never guessed by the parser.
            DateParseHandling = DateParseHandling.None,
            // Decimal keeps amounts such as 12345.67 exact for the money functions.
            FloatParseHandling = FloatParseHandling.Decimal,
        };
        try
        {
            return (JObject)JToken.ReadFrom(reader, new JsonLoadSettings
            {
                LineInfoHandling = LineInfoHandling.Load,
                DuplicatePropertyNameHandling = DuplicatePropertyNameHandling.Error,
            });
        }
        catch (JsonReaderException e)
        {
            // The scanner has accepted the syntax, so what is left is a number beyond decimal's range (1e400).
            bag.Error(DiagnosticCodes.OutOfRange,
                $"{FieldPath.Describe(e.Path ?? "")}: the number is too large or too small to be used",
                new SourceLocation { File = sourceName, Line = e.LineNumber + firstLine - 1, Column = NumberStart(text, e.LineNumber, e.LinePosition), Path = e.Path });
            return null;
        }
    }

    /// <summary>
    /// Newtonsoft points after the number it could not convert (and sometimes past the comma); the user
    /// needs the column where the number starts.
    /// </summary>
    private static int NumberStart(string text, int line, int position)
    {
        var lines = text.Split('\n');
        if (line < 1 || line > lines.Length) return position;
        var row = lines[line - 1];
        var at = Math.Min(position, row.Length) - 1;
        static bool InNumber(char c) => char.IsAsciiDigit(c) || c is '-' or '+' or '.' or 'e' or 'E';
        while (at >= 0 && !InNumber(row[at])) at--;
        while (at > 0 && InNumber(row[at - 1])) at--;
        return at >= 0 ? at + 1 : position;
    }

    /// <summary>
    /// The scanner saw the same tokens in the same order as <c>DescendantsAndSelf</c> walks them
    /// (object, then each property followed by its value), so the n-th start belongs to the n-th node.
    /// </summary>
    private static void Annotate(JObject document, List<int> starts, LineMap lines, string sourceName)
    {
        var index = 0;
        foreach (var token in document.DescendantsAndSelf())
        {
            if (index >= starts.Count)
                throw new InvalidOperationException("The syntax pass and the tree disagree on the number of tokens.");
            var (line, column) = lines.Locate(starts[index++]);
            token.AddAnnotation(new ValueOrigin(sourceName, line, column));
        }
        if (index != starts.Count)
            throw new InvalidOperationException("The syntax pass and the tree disagree on the number of tokens.");
    }

    /// <summary>Integers beyond 64 bits become BigInteger, which the schema validator cannot compare.</summary>
    private static void CheckNumbers(JObject document, string sourceName, DiagnosticBag bag)
    {
        foreach (var value in document.Descendants().OfType<JValue>())
        {
            if (value.Value is BigInteger big)
                bag.Error(DiagnosticCodes.OutOfRange,
                    $"{FieldPath.Describe(value.Path)}: the number {TextEcho.Shorten(big.ToString(CultureInfo.InvariantCulture))} is too large to be used",
                    ValueOrigin.Locate(value, sourceName, value.Path));
        }
    }

    private ReadResult TooLarge(long? length, string sourceName)
    {
        var size = length is { } l ? $"is {l.ToString("N0", CultureInfo.InvariantCulture)} bytes" : "is larger than the limit";
        var bag = new DiagnosticBag();
        bag.Error(DiagnosticCodes.TooLarge,
            $"the file {size}; the limit is {_options.MaxBytes.ToString("N0", CultureInfo.InvariantCulture)} bytes",
            new SourceLocation { File = sourceName });
        return new ReadResult(null, bag.Items);
    }

    private static ReadResult Unreadable(string path, string reason)
    {
        var bag = new DiagnosticBag();
        bag.Error(DiagnosticCodes.InputNotReadable, $"the file cannot be read: {reason}", new SourceLocation { File = path });
        return new ReadResult(null, bag.Items);
    }
}
