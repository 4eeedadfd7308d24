using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;

namespace AgreementKit.Comparison.Redline;

/// <summary>What the redline does with a piece of content.</summary>
internal enum Mark
{
    Keep,
    Insert,
    Delete,
    MoveFrom,
    MoveTo,
}

/// <summary>
/// Makes the revision elements of one redline: every <c>w:ins</c>, <c>w:del</c>, <c>w:moveFrom</c> and
/// <c>w:moveTo</c> gets the next id, author "AgreementKit" and the new agreement's sign date, so the
/// same comparison gives the same bytes.
/// </summary>
internal sealed class RevisionMarks(DateTime? date)
{
    public const string Author = "AgreementKit";

    private int _next = 1;

    public int Moves { get; private set; }

    /// <summary>The wrapper a run goes into for <paramref name="mark"/>, or null to keep it as it is.</summary>
    public OpenXmlCompositeElement? Wrapper(Mark mark) => mark switch
    {
        Mark.Insert => Stamp(new InsertedRun()),
        Mark.Delete => Stamp(new DeletedRun()),
        Mark.MoveFrom => Stamp(new MoveFromRun()),
        Mark.MoveTo => Stamp(new MoveToRun()),
        _ => null,
    };

    /// <summary>The paragraph-mark revision for <paramref name="mark"/> (inside <c>w:pPr/w:rPr</c>), or null.</summary>
    public OpenXmlElement? ParagraphMark(Mark mark) => mark switch
    {
        Mark.Insert => Stamp(new Inserted()),
        Mark.Delete => Stamp(new Deleted()),
        Mark.MoveFrom => Stamp(new MoveFrom()),
        Mark.MoveTo => Stamp(new MoveTo()),
        _ => null,
    };

    /// <summary>The row revision for an inserted or deleted table row (inside <c>w:trPr</c>).</summary>
    public OpenXmlElement Row(bool inserted) => inserted ? Stamp(new Inserted()) : Stamp(new Deleted());

    /// <summary>A new move's name, shared by its source and destination ranges.</summary>
    public string NewMove() => $"move{++Moves}";

    public (OpenXmlElement Start, OpenXmlElement End) MoveRange(Mark mark, string name)
    {
        var id = NextId();
        if (mark == Mark.MoveFrom)
            return (Dated(new MoveFromRangeStart { Id = id, Name = name, Author = Author }), new MoveFromRangeEnd { Id = id });
        return (Dated(new MoveToRangeStart { Id = id, Name = name, Author = Author }), new MoveToRangeEnd { Id = id });
    }

    /// <summary>The next id, also for the bookmarks renumbered after all revisions.</summary>
    public string NextId() => (_next++).ToString(System.Globalization.CultureInfo.InvariantCulture);

    private T Stamp<T>(T element)
        where T : OpenXmlElement
    {
        element.SetAttribute(new OpenXmlAttribute("w", "id", Ns, NextId()));
        element.SetAttribute(new OpenXmlAttribute("w", "author", Ns, Author));
        return Dated(element);
    }

    private T Dated<T>(T element)
        where T : OpenXmlElement
    {
        if (date is { } d) element.SetAttribute(new OpenXmlAttribute("w", "date", Ns, d.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", System.Globalization.CultureInfo.InvariantCulture)));
        return element;
    }

    private const string Ns = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
}
