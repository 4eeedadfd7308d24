namespace AgreementKit.Parameters;

/// <summary>What the scanner knew when the JSON stopped being valid.</summary>
/// <param name="Open">The innermost open object or list, or null before the first '{'.</param>
/// <param name="Found">The character found, quoted or as U+XXXX, or null at the end of the file.</param>
/// <param name="Lines">To say where an unclosed bracket was opened.</param>
internal sealed record JsonSyntaxContext(Frame? Open, string? Found, LineMap Lines);
