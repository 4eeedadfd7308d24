using AgreementKit.Diagnostics;
using AgreementKit.Model.Parsing;

namespace AgreementKit.Model;

/// <summary>
/// The agreement's metadata: the template's own <c>@meta</c> lines (subject, keywords, chapter style) and
/// the document facts from the parameters (number, signing place and date).
/// </summary>
internal static class MetadataReader
{
    public static AgreementMetadata Read(DraftAgreement draft, DocumentFacts facts, MarkupLines lines, DiagnosticBag diagnostics)
    {
        var metadata = new AgreementMetadata { ContractNumber = facts.Number, SignPlace = facts.SignPlace, SignDate = facts.SignDate };
        foreach (var (key, value, line) in draft.Meta)
        {
            var text = value.Plain;
            var where = lines.Origin(line).Template;
            switch (key)
            {
                case "subject": metadata = metadata with { Subject = text }; break;
                case "keywords": metadata = metadata with { Keywords = text }; break;
                case "chapterStyle":
                    if (text is "chapter" or "article")
                        metadata = metadata with { ChapterStyle = text == "article" ? ChapterStyle.Article : ChapterStyle.Chapter };
                    else
                        diagnostics.Error(DiagnosticCodes.BadMeta, $"@meta chapterStyle is 'chapter' or 'article', got '{text}'", where);
                    break;
                case "number" or "signPlace" or "signDate":
                    // Printing a parameter into the text only to read it back lost its type and its origin.
                    diagnostics.Error(DiagnosticCodes.BadMeta,
                        $"@meta {key} is no longer markup: name the parameter in manifest.json, e.g. \"document\": {{ \"{key}\": \"contract.{key}\" }}", where);
                    break;
                default:
                    diagnostics.Error(DiagnosticCodes.BadMeta, $"unknown @meta key '{key}' (known: subject, keywords, chapterStyle)", where);
                    break;
            }
        }

        return metadata;
    }
}
