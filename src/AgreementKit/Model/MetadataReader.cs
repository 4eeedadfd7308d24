using AgreementKit.Diagnostics;
using AgreementKit.Model.Parsing;

namespace AgreementKit.Model;

/// <summary>
/// The agreement's metadata: the template's own <c>@meta</c> lines (subject, keywords, chapter style, calendar) and
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
                case "calendar":
                    if (text is "gregorian" or "roc")
                        metadata = metadata with { Calendar = text == "roc" ? CalendarStyle.RepublicOfChina : CalendarStyle.Gregorian };
                    else
                        diagnostics.Error(DiagnosticCodes.BadMeta, $"@meta calendar is 'gregorian' or 'roc', got '{text}'", where);
                    // The Republic of China calendar starts in 1912 (民國元年); an earlier signing date cannot be written in it.
                    if (metadata is { Calendar: CalendarStyle.RepublicOfChina, SignDate: { Year: < 1912 } early })
                        diagnostics.Error(DiagnosticCodes.BadMeta,
                            $"@meta calendar roc cannot write the signing date {early.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)}: the Republic of China calendar starts in 1912", where);
                    break;
                case "number" or "signPlace" or "signDate":
                    // Printing a parameter into the text only to read it back lost its type and its origin.
                    diagnostics.Error(DiagnosticCodes.BadMeta,
                        $"@meta {key} is no longer markup: name the parameter in manifest.json, e.g. \"document\": {{ \"{key}\": \"contract.{key}\" }}", where);
                    break;
                default:
                    diagnostics.Error(DiagnosticCodes.BadMeta, $"unknown @meta key '{key}' (known: subject, keywords, chapterStyle, calendar)", where);
                    break;
            }
        }

        return metadata;
    }
}
