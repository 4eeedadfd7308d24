using AgreementKit.Diagnostics;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace AgreementKit.Cli.Commands;

/// <summary>Reads <c>--map FILE</c>: a JSON object from column header to parameter path, e.g. <c>{"姓名": "salesperson.name"}</c>.</summary>
internal static class BatchMapFile
{
    public static IReadOnlyDictionary<string, string> Read(string path)
    {
        JToken token;
        try
        {
            using var reader = new JsonTextReader(new StreamReader(path, new System.Text.UTF8Encoding(false, true), detectEncodingFromByteOrderMarks: true));
            token = JToken.ReadFrom(reader, new JsonLoadSettings { DuplicatePropertyNameHandling = DuplicatePropertyNameHandling.Error, LineInfoHandling = LineInfoHandling.Load });
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw Problem(path, 0, $"the column map cannot be read: {e.Message}");
        }
        catch (JsonReaderException e)
        {
            throw Problem(path, e.LineNumber, $"the column map is not valid JSON: {e.Message.Split(". Path", 2)[0]}");
        }
        catch (System.Text.DecoderFallbackException)
        {
            throw Problem(path, 0, "the column map is not UTF-8; save it as UTF-8");
        }

        if (token is not JObject map) throw Problem(path, 1, "the column map must be one JSON object {\"header\": \"parameter.path\", …}");
        var result = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var property in map.Properties())
        {
            if (property.Value.Type != JTokenType.String)
                throw Problem(path, ((IJsonLineInfo)property).LineNumber, $"the column map sends '{property.Name}' to {property.Value.Type.ToString().ToLowerInvariant()}; give a parameter path as text");
            result[property.Name.Trim()] = ((string)property.Value!).Trim();
        }

        return result;
    }

    private static AgreementKitException Problem(string path, int line, string message) =>
        new([new Diagnostic("AK5002", DiagnosticSeverity.Error, message, new SourceLocation { File = path, Line = line })]);
}
