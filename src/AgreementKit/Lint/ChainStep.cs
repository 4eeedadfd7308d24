using Scriban.Syntax;

namespace AgreementKit.Lint;

/// <summary>
/// One step of a member chain such as <c>company.name</c> or <c>items[0].title</c>: a member name, or an
/// index (whose text is known when it is a string literal, <c>x["name"]</c>).
/// </summary>
internal sealed record ChainStep(string? Member, ScriptExpression? Index)
{
    /// <summary>The member a step names: <c>.name</c>, or <c>["name"]</c> with a literal string.</summary>
    public string? Name => Member ?? (Index is ScriptLiteral { Value: string key } ? key : null);

    public override string ToString() => Member is not null ? "." + Member : Name is { } key ? $"[\"{key}\"]" : "[…]";
}
