namespace AgreementKit.Parameters;

/// <summary>A code point the text policy rejects: the diagnostic code and a plain description.</summary>
/// <param name="Code">AK1201–AK1206.</param>
/// <param name="CodePoint">The offending code point (a lone surrogate is given as itself).</param>
/// <param name="What">What it is, in words, e.g. "a bidirectional control, …".</param>
internal sealed record ForbiddenCharacter(string Code, int CodePoint, string What);
