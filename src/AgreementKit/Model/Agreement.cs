namespace AgreementKit.Model;

/// <summary>
/// A fully numbered agreement with every cross reference resolved: the single source of truth that the
/// DOCX, PDF and text writers print. Immutable; safe to share across threads.
/// </summary>
public sealed class Agreement
{
    internal Agreement(string title, string locale, AgreementMetadata metadata, IReadOnlyList<Party> parties, IReadOnlyList<Section> sections, IReadOnlyList<Block> preamble, AgreementOrigin? origin)
    {
        Preamble = preamble;
        Title = title;
        Locale = locale;
        Metadata = metadata;
        Parties = parties;
        Sections = sections;
        Origin = origin;
    }

    /// <summary>The agreement's title, e.g. 销售人员客户关系管理责任协议.</summary>
    public string Title { get; }

    /// <summary>The locale the agreement is written in: <c>zh-Hans</c> or <c>zh-Hant</c>.</summary>
    public string Locale { get; }

    /// <summary>Contract number, place and date of signing, document properties.</summary>
    public AgreementMetadata Metadata { get; }

    /// <summary>The signing parties in the order the template declared them.</summary>
    public IReadOnlyList<Party> Parties { get; }

    /// <summary>Paragraphs before the first chapter (the recital).</summary>
    public IReadOnlyList<Block> Preamble { get; }

    /// <summary>Chapters, the supplementary part, annexes and the signature block, in document order.</summary>
    public IReadOnlyList<Section> Sections { get; }

    /// <summary>
    /// The pack and the validated parameters the agreement was rendered from, so later stages can name the
    /// field a problem comes from and a document can carry its parameters. Null for agreements built from
    /// markup alone.
    /// </summary>
    internal AgreementOrigin? Origin { get; }

    /// <summary>The same agreement with another origin (a record read back from a document).</summary>
    internal Agreement WithOrigin(AgreementOrigin origin) => new(Title, Locale, Metadata, Parties, Sections, Preamble, origin);

    /// <summary>The chapters only, in order.</summary>
    public IEnumerable<Chapter> Chapters => Sections.OfType<Chapter>();
}
