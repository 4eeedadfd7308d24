using AgreementKit.Model;

namespace AgreementKit.Writers.Docx;

/// <summary>A clause: its Heading2 (1.1 合同定义, bookmarked for the contents) and its content.</summary>
internal static class ClauseWriter
{
    public static void Write(IReadOnlyList<Clause> clauses, DocxBody body)
    {
        foreach (var clause in clauses)
        {
            body.AddHeading(StyleIds.Heading2, clause.Heading, body.Anchors[clause]);
            BlockWriter.Write(clause.Content, body);
        }
    }
}
