namespace AgreementKit.Model;

/// <summary>How an agreement labels its top-level divisions.</summary>
public enum ChapterStyle
{
    /// <summary>第一章, 第二章 …</summary>
    Chapter,

    /// <summary>第一条, 第二条 … (第一條 in traditional Chinese).</summary>
    Article,
}
