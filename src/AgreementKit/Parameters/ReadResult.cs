using AgreementKit.Diagnostics;
using Newtonsoft.Json.Linq;

namespace AgreementKit.Parameters;

/// <summary>
/// What <see cref="ParameterReader"/> produced: the document, whose every token carries a
/// <see cref="ValueOrigin"/>, or null when reading failed; and every problem found while reading.
/// A document is returned only when there are no errors.
/// </summary>
internal sealed record ReadResult(JObject? Document, IReadOnlyList<Diagnostic> Diagnostics)
{
    public bool Succeeded => Document is not null;
}
