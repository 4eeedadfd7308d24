using Newtonsoft.Json.Linq;

namespace AgreementKit.Parameters;

/// <summary>
/// Parameters that passed validation against a pack: what the renderer may use. Only
/// <see cref="ParameterSchema.Check"/> creates one. The object is shared, not copied: treat it as
/// read-only.
/// </summary>
internal sealed class ParameterSet
{
    internal ParameterSet(JObject values, string sourceName)
    {
        Values = values;
        SourceName = sourceName;
    }

    /// <summary>The validated values; every token carries its <see cref="ValueOrigin"/>.</summary>
    public JObject Values { get; }

    /// <summary>The file (or batch row name) the values came from.</summary>
    public string SourceName { get; }
}
