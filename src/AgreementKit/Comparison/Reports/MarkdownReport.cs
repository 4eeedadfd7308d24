using System.Net;
using System.Text;

namespace AgreementKit.Comparison.Reports;

/// <summary>
/// The change report as Markdown: title, the summary line, the changed parameters as a table, then every
/// changed part with its changed lines. Deletions and insertions are inline HTML (<c>&lt;del&gt;</c>,
/// <c>&lt;ins&gt;</c>), which CommonMark renders; <c>~~</c> and <c>**</c> would not work next to Chinese
/// punctuation (CommonMark's flanking rules).
/// </summary>
internal sealed class MarkdownReportFormat : IComparisonWriter
{
    public string FormatId => "md";

    public string FileExtension => "md";

    public string MediaType => "text/markdown";

    public void Write(AgreementComparison comparison, Stream output, CancellationToken cancellationToken)
    {
        var labels = ReportLabels.For(comparison.New.Locale);
        var md = new StringBuilder();
        md.Append("# ").Append(labels.Report).Append('：').Append(Escape(ReportLabels.Title(comparison))).Append("\n\n");
        md.Append(labels.SummaryLine(comparison.Summary)).Append("\n\n");
        if (comparison.ParameterChanges.Count > 0)
        {
            md.Append("## ").Append(labels.Parameters).Append("\n\n");
            md.Append("| ").Append(labels.Field).Append(" | ").Append(labels.Before).Append(" | ").Append(labels.After).Append(" |\n|---|---|---|\n");
            foreach (var p in comparison.ParameterChanges)
                md.Append("| `").Append(p.Path).Append("` | ").Append(Cell(p.OldValue, labels)).Append(" | ").Append(Cell(p.NewValue, labels)).Append(" |\n");
            md.Append('\n');
        }

        md.Append("## ").Append(labels.Summary).Append("\n\n");
        if (!comparison.HasChanges) md.Append(labels.NoChanges).Append('\n');
        foreach (var change in comparison.Changes)
        {
            md.Append("### ").Append(Escape(labels.Heading(change))).Append("（").Append(labels.Kind(change.Kind)).Append("）\n\n");
            foreach (var line in change.Lines)
            {
                md.Append("- ");
                foreach (var segment in line.Segments)
                {
                    var text = Escape(segment.Text);
                    md.Append(segment.Operation switch
                    {
                        DiffOperation.Delete => $"<del>{text}</del>",
                        DiffOperation.Insert => $"<ins>{text}</ins>",
                        _ => text,
                    });
                }

                md.Append('\n');
            }

            md.Append('\n');
        }

        output.Write(Encoding.UTF8.GetBytes(md.ToString()));
    }

    private static string Cell(string? value, ReportLabels labels) => value is null ? labels.None : Escape(value).Replace("|", "\\|", StringComparison.Ordinal);

    // Values are text: HTML-escaped (inline HTML is on) and Markdown's own characters backslash-escaped.
    private static string Escape(string text)
    {
        var html = WebUtility.HtmlEncode(text);
        var result = new StringBuilder(html.Length);
        foreach (var c in html)
        {
            if (c is '\\' or '`' or '*' or '_' or '[' or ']' or '#' or '~' or '|') result.Append('\\');
            result.Append(c == '\n' ? ' ' : c);
        }

        return result.ToString();
    }
}
