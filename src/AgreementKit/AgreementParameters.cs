using System.Text;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace AgreementKit;

/// <summary>
/// The parameters of one agreement, as given: JSON bytes or text, a JSON object, or a .NET object.
/// Nothing is read or validated until an <see cref="AgreementEngine"/> uses them, so every problem comes
/// back located and all at once.
/// </summary>
public sealed class AgreementParameters
{
    private AgreementParameters(string sourceName, byte[]? bytes, JObject? json)
    {
        SourceName = sourceName;
        Bytes = bytes;
        Json = json;
    }

    /// <summary>The name messages use for this input, e.g. the file path.</summary>
    public string SourceName { get; }

    internal byte[]? Bytes { get; }

    internal JObject? Json { get; }

    /// <summary>
    /// UTF-8 for JSON text held in a .NET string. UTF-8 cannot carry a lone surrogate (Encoding.UTF8 would
    /// silently write U+FFFD, reported as a damaged file), so each is written as the escape \uD800 instead:
    /// inside a string literal the reader then refuses it as a lone surrogate (AK1202) naming the field.
    /// </summary>
    internal static byte[] Utf8(string json)
    {
        StringBuilder? escaped = null;
        for (var i = 0; i < json.Length; i++)
        {
            var c = json[i];
            var lone = char.IsHighSurrogate(c) ? i + 1 >= json.Length || !char.IsLowSurrogate(json[i + 1])
                : char.IsLowSurrogate(c) && (i == 0 || !char.IsHighSurrogate(json[i - 1]));
            if (lone)
            {
                escaped ??= new StringBuilder(json, 0, i, json.Length + 16);
                escaped.Append("\\u").Append(((int)c).ToString("X4", System.Globalization.CultureInfo.InvariantCulture));
            }
            else
            {
                escaped?.Append(c);
            }
        }

        return Encoding.UTF8.GetBytes(escaped?.ToString() ?? json);
    }

    /// <summary>Parameters from JSON text.</summary>
    public static AgreementParameters FromJson(string json, string sourceName = "parameters.json") =>
        new(sourceName, Utf8(json), null);

    /// <summary>Parameters from the bytes of a JSON file (UTF-8, with or without BOM).</summary>
    public static AgreementParameters FromUtf8(byte[] utf8Json, string sourceName = "parameters.json") =>
        new(sourceName, utf8Json, null);

    /// <summary>Parameters from a stream holding UTF-8 JSON; the stream is read to its end.</summary>
    public static AgreementParameters FromStream(Stream stream, string sourceName = "parameters.json")
    {
        ArgumentNullException.ThrowIfNull(stream);
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return new(sourceName, copy.ToArray(), null);
    }

    /// <summary>Parameters from a JSON file.</summary>
    public static AgreementParameters FromFile(string path) => new(path, File.ReadAllBytes(path), null);

    /// <summary>
    /// Parameters from a JSON object already in memory. The object is copied, so later changes to it do not
    /// count; it is validated as the object it is, and problems are named by field path.
    /// </summary>
    public static AgreementParameters FromJObject(JObject json, string sourceName = "parameters")
    {
        ArgumentNullException.ThrowIfNull(json);
        // Annotations travel along: values the library itself built (batch rows) know where they came from.
        return new(sourceName, null, (JObject)json.DeepClone(new JsonCloneSettings { CopyAnnotations = true }));
    }

    /// <summary>Parameters from a .NET object, serialised with Newtonsoft.Json (use its attributes to name properties).</summary>
    public static AgreementParameters FromObject(object parameters, string sourceName = "parameters")
    {
        ArgumentNullException.ThrowIfNull(parameters);
        return new(sourceName, Encoding.UTF8.GetBytes(JsonConvert.SerializeObject(parameters, Formatting.Indented)), null);
    }
}
