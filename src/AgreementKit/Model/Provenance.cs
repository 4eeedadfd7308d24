using AgreementKit.Diagnostics;

namespace AgreementKit.Model;

/// <summary>
/// Where a part of an agreement came from: the template line that made it (file, 1-based line and column)
/// and the parameter paths whose values it prints (e.g. <c>company.name</c>; <c>items[].name</c> inside a
/// loop). Lets a later problem — a character no font has, a changed value in a renewal — be named in the
/// author's and the user's terms.
/// </summary>
/// <param name="Template">The template position of the markup line.</param>
/// <param name="Parameters">The parameters printed on that line, each once, in order.</param>
public sealed record Provenance(SourceLocation Template, IReadOnlyList<string> Parameters)
{
    /// <summary>No known origin (agreements built in code).</summary>
    public static Provenance None { get; } = new(new SourceLocation(), []);
}
