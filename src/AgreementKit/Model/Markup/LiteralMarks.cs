namespace AgreementKit.Model.Markup;

/// <summary>
/// The noncharacters the sandboxed renderer puts around every value it prints. Text between them is data:
/// the markup parser never reads directives, references or separators inside it. Noncharacters are
/// reserved for exactly this kind of internal use and the parameter text policy rejects them in input.
/// </summary>
internal static class LiteralMarks
{
    public const char Start = '\uFDD0';
    public const char End = '\uFDD1';
}
