using System.Net;
using System.Text;

namespace AgreementKit.Comparison.Reports;

/// <summary>The change report as one self-contained HTML page: deletions struck through in red, insertions underlined in green.</summary>
internal sealed class HtmlReportFormat : IComparisonWriter
{
    private const string Style = """
        body{font-family:"Noto Serif CJK SC","Noto Serif CJK TC","Songti SC",serif;max-width:52em;margin:2em auto;line-height:1.8;color:#222}
        h1{font-size:1.4em}h2{font-size:1.2em;border-bottom:1px solid #ccc}h3{font-size:1.05em;margin-bottom:.2em}
        del{color:#b00020;text-decoration:line-through}ins{color:#006400;text-decoration:underline}
        table{border-collapse:collapse}td,th{border:1px solid #ccc;padding:.2em .6em;text-align:left}
        .kind{font-weight:normal;color:#555}li{margin:.2em 0}
        """;

    public string FormatId => "html";

    public string FileExtension => "html";

    public string MediaType => "text/html";

    public void Write(AgreementComparison comparison, Stream output, CancellationToken cancellationToken)
    {
        var labels = ReportLabels.For(comparison.New.Locale);
        var title = $"{labels.Report}：{ReportLabels.Title(comparison)}";
        var html = new StringBuilder();
        html.Append("<!DOCTYPE html>\n<html lang=\"").Append(comparison.New.Locale).Append("\">\n<head>\n<meta charset=\"utf-8\">\n<title>")
            .Append(E(title)).Append("</title>\n<style>\n").Append(Style).Append("\n</style>\n</head>\n<body>\n");
        html.Append("<h1>").Append(E(title)).Append("</h1>\n<p>").Append(E(labels.SummaryLine(comparison.Summary))).Append("</p>\n");
        if (comparison.ParameterChanges.Count > 0)
        {
            html.Append("<h2>").Append(E(labels.Parameters)).Append("</h2>\n<table>\n<tr><th>").Append(E(labels.Field)).Append("</th><th>")
                .Append(E(labels.Before)).Append("</th><th>").Append(E(labels.After)).Append("</th></tr>\n");
            foreach (var p in comparison.ParameterChanges)
                html.Append("<tr><td><code>").Append(E(p.Path)).Append("</code></td><td>").Append(E(p.OldValue ?? labels.None))
                    .Append("</td><td>").Append(E(p.NewValue ?? labels.None)).Append("</td></tr>\n");
            html.Append("</table>\n");
        }

        html.Append("<h2>").Append(E(labels.Summary)).Append("</h2>\n");
        if (!comparison.HasChanges) html.Append("<p>").Append(E(labels.NoChanges)).Append("</p>\n");
        foreach (var change in comparison.Changes)
        {
            html.Append("<h3>").Append(E(labels.Heading(change))).Append(" <span class=\"kind\">（").Append(E(labels.Kind(change.Kind))).Append("）</span></h3>\n<ul>\n");
            foreach (var line in change.Lines)
            {
                html.Append("<li>");
                foreach (var s in line.Segments)
                {
                    html.Append(s.Operation switch
                    {
                        DiffOperation.Delete => $"<del>{E(s.Text)}</del>",
                        DiffOperation.Insert => $"<ins>{E(s.Text)}</ins>",
                        _ => E(s.Text),
                    });
                }

                html.Append("</li>\n");
            }

            html.Append("</ul>\n");
        }

        html.Append("</body>\n</html>\n");
        output.Write(Encoding.UTF8.GetBytes(html.ToString()));
    }

    private static string E(string text) => WebUtility.HtmlEncode(text);
}
