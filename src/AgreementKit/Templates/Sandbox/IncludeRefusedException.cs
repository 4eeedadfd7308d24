namespace AgreementKit.Templates.Sandbox;

/// <summary>Thrown by the stand-in for <c>include</c>; the renderer reports it as AK2106.</summary>
internal sealed class IncludeRefusedException(string message) : Exception(message);
