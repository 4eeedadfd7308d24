using AgreementKit.Model;

namespace AgreementKit.Writers.Docx;

/// <summary>The supplementary part: a Heading1 like a chapter's, its introduction and 附加条款 clauses.</summary>
internal static class SupplementaryPartWriter
{
    public static void Write(SupplementaryPart part, DocxBody body)
    {
        body.AddHeading(StyleIds.Heading1, part.Heading, body.Anchors[part]);
        BlockWriter.Write(part.Introduction, body);
        ClauseWriter.Write(part.Clauses, body);
    }
}
