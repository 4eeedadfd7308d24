namespace AgreementKit.Model;

/// <summary>Facts about an agreement that are not clause text: number, signing place and date, properties.</summary>
public sealed record AgreementMetadata
{
    /// <summary>The contract number printed on the cover, e.g. <c>HT-2025-0001</c>.</summary>
    public string? ContractNumber { get; init; }

    /// <summary>Where the agreement is signed.</summary>
    public string? SignPlace { get; init; }

    /// <summary>The signing date; also the documents' creation date, so output never depends on the clock.</summary>
    public DateOnly? SignDate { get; init; }

    /// <summary>
    /// The instant DOCX and PDF alike record as created and modified: 00:00 UTC on the sign date (08:00 in
    /// Beijing and Taipei, the same calendar day), so output never depends on the clock and both formats
    /// agree. Null without a sign date.
    /// </summary>
    public DateTimeOffset? Timestamp => SignDate is { } date ? new DateTimeOffset(date.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero) : null;

    /// <summary>Document subject (DOCX and PDF properties).</summary>
    public string? Subject { get; init; }

    /// <summary>Document keywords (DOCX and PDF properties).</summary>
    public string? Keywords { get; init; }

    /// <summary>How chapters are labelled: 第一章 or 第一条.</summary>
    public ChapterStyle ChapterStyle { get; init; } = ChapterStyle.Chapter;

    /// <summary>How the cover and the signature block write dates; the template writes its own.</summary>
    public CalendarStyle Calendar { get; init; } = CalendarStyle.Gregorian;
}
