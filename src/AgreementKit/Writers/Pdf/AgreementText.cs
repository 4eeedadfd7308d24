using System.Text;
using AgreementKit.Model;

namespace AgreementKit.Writers.Pdf;

/// <summary>
/// Every character a PDF of the agreement can draw — its text as the plain-text writer prints it, plus the
/// fixed words only pages carry — so fonts can be checked before layout starts.
/// </summary>
internal static class AgreementText
{
    public static string Of(Agreement agreement)
    {
        var text = new StringBuilder();
        using (var writer = new StringWriter(text))
            Text.PlainTextWriter.Write(agreement, writer);
        var labels = DocumentLabels.For(agreement);
        text.Append(labels.Page(1234567890, 1234567890)).Append(labels.Contents).Append(labels.BlankDate)
            .Append(labels.SignaturePage(agreement.Title));
        return text.ToString();
    }
}
