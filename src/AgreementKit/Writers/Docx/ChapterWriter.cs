using AgreementKit.Model;

namespace AgreementKit.Writers.Docx;

/// <summary>A chapter: Heading1 (第一章 定义与解释), introduction, clauses.</summary>
internal static class ChapterWriter
{
    public static void Write(Chapter chapter, DocxBody body)
    {
        body.AddHeading(StyleIds.Heading1, chapter.Heading, body.Anchors[chapter]);
        BlockWriter.Write(chapter.Introduction, body);
        ClauseWriter.Write(chapter.Clauses, body);
    }
}
