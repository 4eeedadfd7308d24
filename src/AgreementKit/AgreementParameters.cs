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

    /// <summary>Parameters from JSON text.</summary>
    public static AgreementParameters FromJson(string json, string sourceName = "parameters.json") =>
        new(sourceName, Encoding.UTF8.GetBytes(json), null);

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

    /// <summary>Parameters from a JSON object already in memory.</summary>
    public static AgreementParameters FromJObject(JObject json, string sourceName = "parameters") =>
        new(sourceName, null, (JObject)json.DeepClone());

    /// <summary>Parameters from a .NET object, serialised with Newtonsoft.Json (use its attributes to name properties).</summary>
    public static AgreementParameters FromObject(object parameters, string sourceName = "parameters")
    {
        ArgumentNullException.ThrowIfNull(parameters);
        return new(sourceName, Encoding.UTF8.GetBytes(JsonConvert.SerializeObject(parameters, Formatting.Indented)), null);
    }
}
