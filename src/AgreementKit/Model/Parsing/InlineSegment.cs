namespace AgreementKit.Model.Parsing;

/// <summary>A run of text (from the template or a literal value) or a cross reference to resolve.</summary>
internal abstract record InlineSegment;

internal sealed record TextSegment(string Text) : InlineSegment;

internal sealed record ReferenceSegment(string Key, int Column) : InlineSegment;
