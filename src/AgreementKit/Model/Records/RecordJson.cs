using System.Reflection;
using System.Text;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace AgreementKit.Model.Records;

/// <summary>
/// The record every generated DOCX and PDF carries: format tag, pack id and version, locale, library
/// version, the exact merged parameters and the numbered agreement. One compact JSON text with a fixed
/// property order, so re-rendering the same parameters reproduces the document byte for byte.
/// </summary>
internal static class RecordJson
{
    /// <summary>The value of <c>format</c>, so a reader knows the text is ours and which layout it has.</summary>
    public const string Format = "agreementkit-record/1";

    /// <summary>What the DOCX part and the PDF attachment are called.</summary>
    public const string FileName = "agreementkit-record.json";

    /// <summary>The XML namespace of the DOCX custom XML part that wraps the JSON.</summary>
    public const string XmlNamespace = "urn:agreementkit:record:1";

    /// <summary>The library version recorded: the package version without build metadata (+commit), so a rebuild of the same version writes the same bytes.</summary>
    public static string LibraryVersion { get; } = Version();

    /// <summary>The record of <paramref name="agreement"/>, or null when it was not rendered from a pack (no parameters to carry).</summary>
    public static string? Serialize(Agreement agreement)
    {
        if (agreement.Origin is not { } origin) return null;
        var text = new StringBuilder(16 * 1024);
        using (var w = new JsonTextWriter(new StringWriter(text, System.Globalization.CultureInfo.InvariantCulture)) { Formatting = Formatting.None })
        {
            w.WriteStartObject();
            w.WritePropertyName("format"); w.WriteValue(Format);
            w.WritePropertyName("pack"); w.WriteValue(origin.PackId);
            w.WritePropertyName("packVersion"); w.WriteValue(origin.PackVersion);
            w.WritePropertyName("locale"); w.WriteValue(agreement.Locale);
            w.WritePropertyName("library"); w.WriteValue(LibraryVersion);
            w.WritePropertyName("parameters");
            origin.Parameters.WriteTo(w);
            w.WritePropertyName("agreement");
            AgreementJson.Write(w, agreement);
            w.WriteEndObject();
        }

        return text.ToString();
    }

    /// <summary>Reads a record; throws <see cref="FormatException"/> naming what is wrong.</summary>
    public static RecordContents Parse(string json)
    {
        JObject root;
        try
        {
            using var reader = new JsonTextReader(new StringReader(json))
            {
                DateParseHandling = DateParseHandling.None,
                FloatParseHandling = FloatParseHandling.Decimal,
            };
            root = JObject.Load(reader);
        }
        catch (JsonException e)
        {
            throw new FormatException($"the record is not valid JSON ({e.Message})", e);
        }

        if ((string?)root["format"] != Format)
            throw new FormatException($"the record's format is '{(string?)root["format"]}', not '{Format}'");
        string Text(string name) => root[name] is JValue { Type: JTokenType.String } v ? (string)v! : throw new FormatException($"the record has no '{name}'");
        var parameters = root["parameters"] as JObject ?? throw new FormatException("the record has no 'parameters' object");
        var model = root["agreement"] as JObject ?? throw new FormatException("the record has no 'agreement' object");
        var agreement = AgreementJson.Read(model);
        var pack = Text("pack");
        var version = Text("packVersion");
        // The agreement read back carries its origin again, so writing it gives the same record.
        agreement = agreement.WithOrigin(new AgreementOrigin(pack, version, parameters));
        return new RecordContents(pack, version, Text("locale"), Text("library"), parameters, agreement, json);
    }

    private static string Version()
    {
        var version = typeof(RecordJson).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "0.0.0";
        var plus = version.IndexOf('+', StringComparison.Ordinal);
        return plus < 0 ? version : version[..plus];
    }
}

/// <summary>What a record holds, as read.</summary>
internal sealed record RecordContents(string PackId, string PackVersion, string Locale, string LibraryVersion, JObject Parameters, Agreement Agreement, string Json);
