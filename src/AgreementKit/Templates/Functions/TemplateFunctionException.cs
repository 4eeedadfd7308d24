namespace AgreementKit.Templates.Functions;

/// <summary>
/// A template function was called with a value it cannot format. Scriban wraps it in a runtime error that
/// carries the call's location, and the renderer reports <see cref="Exception.Message"/> as written, so the
/// message must be plain words for a template author.
/// </summary>
internal sealed class TemplateFunctionException(string message) : Exception(message);
