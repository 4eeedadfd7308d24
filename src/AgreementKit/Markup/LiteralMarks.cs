namespace AgreementKit.Markup;

/// <summary>
/// The two noncharacters that fence values in rendered text. Everything a template prints from an
/// expression arrives as Start + text + End; the markup parser reads fenced text as plain text, so a value
/// such as "# x" or "@ref(y)" can never become a heading or a reference. Noncharacters are free for
/// internal use (Unicode §23.7) and the parameter validator rejects them in input, so they cannot be forged.
/// </summary>
internal static class LiteralMarks
{
    public const char Start = '\uFDD0';
    public const char End = '\uFDD1';

    /// <summary>Fences <paramref name="text"/> once, dropping marks already inside it so that fences never nest.</summary>
    public static string Fence(string text) => Start + Strip(text) + End;

    /// <summary>Removes both marks; text that holds neither is returned as is.</summary>
    public static string Strip(string text) =>
        text.AsSpan().IndexOfAny(Start, End) < 0 ? text : text.Replace(Start.ToString(), "", StringComparison.Ordinal).Replace(End.ToString(), "", StringComparison.Ordinal);
}
