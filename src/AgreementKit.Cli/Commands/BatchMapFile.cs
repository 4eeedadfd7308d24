using AgreementKit.Diagnostics;
using AgreementKit.Parameters;
using Newtonsoft.Json.Linq;

namespace AgreementKit.Cli.Commands;

/// <summary>
/// Reads <c>--map FILE</c>: a JSON object from column header to parameter path, e.g. <c>{"姓名": "salesperson.name"}</c>.
/// It is read like a parameter file (strict JSON, UTF-8, no duplicate keys), so its problems are located at
/// their exact line and column.
/// </summary>
internal static class BatchMapFile
{
    public static IReadOnlyDictionary<string, string> Read(string path)
    {
        var read = new ParameterReader().ReadFile(path);
        if (read.Document is not { } map) throw new AgreementKitException(read.Diagnostics);
        var result = new Dictionary<string, string>(StringComparer.Ordinal);
        var problems = new List<Diagnostic>();
        foreach (var property in map.Properties())
        {
            if (property.Value.Type != JTokenType.String)
                problems.Add(Diagnostic.Error(DiagnosticCodes.BatchColumn,
                    $"the column map sends '{property.Name}' to {TextEcho.Describe(property.Value)}; give a parameter path as text",
                    ValueOrigin.Locate(property.Value, path, property.Path)));
            else
                result[property.Name.Trim()] = ((string)property.Value!).Trim();
        }

        return problems.Count > 0 ? throw new AgreementKitException(problems) : result;
    }
}
