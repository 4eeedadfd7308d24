namespace AgreementKit.Markup;

/// <summary>
/// What a template rendered: agreement markup with values fenced by <see cref="LiteralMarks"/>, and the map
/// back to the template and the parameters.
/// </summary>
internal sealed record RenderedMarkup(string Text, SourceMap Map)
{
    /// <summary>Markup that is its own source, located in itself under <paramref name="name"/>.</summary>
    public static RenderedMarkup FromSource(string name, string text) => new(text, SourceMap.Identity(name, text));
}
