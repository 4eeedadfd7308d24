namespace AgreementKit.Model;

/// <summary>
/// What a party key may be. The key names the party's signature fields in every format (PDF form fields
/// <c>sig.key</c> and <c>seal.key</c>, DOCX bookmarks, HTML data attributes), so it is a plain ASCII word:
/// a PDF field name part may hold no period, and Word keeps bookmark names to 40 characters.
/// </summary>
internal static class PartyKeys
{
    public const int MaxLength = 32;

    public static bool IsValid(string key) =>
        key.Length is > 0 and <= MaxLength && char.IsAsciiLetter(key[0]) && key.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_');
}
