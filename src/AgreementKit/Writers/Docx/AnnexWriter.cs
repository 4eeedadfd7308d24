using AgreementKit.Model;

namespace AgreementKit.Writers.Docx;

/// <summary>An annex: Heading1 (一、附件列表) and its paragraphs, items and glossary entries.</summary>
internal static class AnnexWriter
{
    public static void Write(Annex annex, DocxBody body)
    {
        body.AddHeading(StyleIds.Heading1, annex.Heading, body.Anchors[annex]);
        BlockWriter.Write(annex.Content, body);
    }
}
