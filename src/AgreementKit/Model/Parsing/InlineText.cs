namespace AgreementKit.Model.Parsing;

/// <summary>Text of one markup construct whose cross references are resolved once numbering is known.</summary>
internal sealed class InlineText
{
    public InlineText(IReadOnlyList<InlineSegment> segments) => Segments = segments;

    public IReadOnlyList<InlineSegment> Segments { get; }

    public bool IsEmpty => Segments.All(s => s is TextSegment { Text.Length: 0 });

    public IEnumerable<ReferenceSegment> References => Segments.OfType<ReferenceSegment>();

    /// <summary>Joins the segments; <paramref name="resolve"/> gives a reference's number (null when unknown).</summary>
    public string Resolve(Func<string, string?> resolve) =>
        string.Concat(Segments.Select(s => s switch
        {
            TextSegment t => t.Text,
            ReferenceSegment r => resolve(r.Key) ?? "@ref(" + r.Key + ")",
            _ => string.Empty,
        }));

    /// <summary>The text when it holds no references (directive arguments, titles used as keys).</summary>
    public string Plain => Resolve(_ => null);
}
