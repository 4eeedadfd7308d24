namespace AgreementKit.Layout.Model;

/// <summary>
/// Makes a page's header or footer from its 1-based number and the page count, both known before any
/// page is drawn (e.g. 第 3 页 共 12 页).
/// </summary>
internal delegate IReadOnlyList<Paragraph> PageDecoration(int pageNumber, int totalPages);
