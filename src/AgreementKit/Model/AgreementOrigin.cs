using Newtonsoft.Json.Linq;

namespace AgreementKit.Model;

/// <summary>
/// What an agreement was made from: the pack (id and version) and the validated, merged parameters. The
/// object is the agreement's own copy and is never changed after assembly.
/// </summary>
internal sealed record AgreementOrigin(string PackId, string PackVersion, JObject Parameters);
