using AgreementKit.Model;

namespace AgreementKit.Writers;

/// <summary>
/// The names of a party's signature fields, the same in every format: PDF form fields (sig.company is the
/// field company under the field sig), DOCX bookmarks and HTML data attributes.
/// </summary>
internal static class SignatureFields
{
    public static string Signature(Party party) => "sig." + party.Key;

    public static string Seal(Party party) => "seal." + party.Key;
}
