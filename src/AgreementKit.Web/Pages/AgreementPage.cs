using System.Text;
using AgreementKit.Templates.Packs;
using AgreementKit.Web.Forms;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace AgreementKit.Web.Pages;

/// <summary>
/// The page for one agreement: the toolbar (downloads, loading a parameter file), the problems, the form
/// generated from the pack's schema and, beside it, the live preview. The example parameters are the
/// starting point; the script fills the form from them.
/// </summary>
internal static class AgreementPage
{
    /// <summary>The largest parameter file, as for the command line (AK1004).</summary>
    public const int MaxParameterBytes = 4 * 1024 * 1024;

    public static string Render(PageContext context, TemplatePack pack, string locale, FormField form)
    {
        var (paths, ui) = (context.Paths, context.Ui);
        var title = HomePage.Localized(pack.Titles, locale) ?? pack.Id;
        var main = new StringBuilder();
        main.Append("<main class=\"agreement\">\n<div class=\"form-pane\">\n<div class=\"heading\">\n<h1>").Append(Html.Escape(title)).Append("</h1>\n<p class=\"meta\">")
            .Append(Html.Escape(locale is "zh-Hans" or "zh-Hant" ? ui["edition." + locale] : locale)).Append(" · <code>").Append(Html.Escape(pack.Id)).Append("</code> ")
            .Append(Html.Escape(pack.Version)).Append("</p>\n</div>\n");

        main.Append("<div class=\"toolbar\" role=\"toolbar\">\n");
        foreach (var (format, key) in new[] { ("docx", "downloadDocx"), ("pdf", "downloadPdf"), ("pdfa", "downloadPdfa") })
            main.Append("<button type=\"button\" class=\"button primary\" data-download=\"").Append(format).Append("\">").Append(Html.Escape(ui[key])).Append("</button>\n");
        main.Append("<button type=\"button\" class=\"button\" data-download=\"json\">").Append(Html.Escape(ui["downloadJson"])).Append("</button>\n")
            .Append("<label class=\"button file-button\" for=\"ak-load\">").Append(Html.Escape(ui["loadJson"])).Append("</label>\n")
            .Append("<input type=\"file\" id=\"ak-load\" class=\"visually-hidden\" accept=\".json,application/json\">\n</div>\n");

        main.Append("<p id=\"ak-status\" class=\"status\" role=\"status\" aria-live=\"polite\"></p>\n")
            .Append("<section id=\"ak-file-report\" class=\"report\" hidden>\n<h2></h2>\n<ol></ol>\n</section>\n")
            .Append("<section id=\"ak-problems\" class=\"report problems\" hidden>\n<h2>").Append(Html.Escape(ui["problems"])).Append("</h2>\n<ol></ol>\n</section>\n");

        main.Append("<form id=\"ak-form\" class=\"schema-form\" data-kind=\"group\" data-key=\"\" data-path=\"\" novalidate autocomplete=\"off\">\n")
            .Append(FormRenderer.Render(form, ui)).Append("</form>\n");

        // Downloads are plain form posts, so the browser saves the file the server sends; the script fills it in.
        main.Append("<form id=\"ak-download\" method=\"post\" action=\"").Append(Html.Escape(paths.Download)).Append("\" enctype=\"multipart/form-data\" hidden>\n")
            .Append("<input type=\"hidden\" name=\"__RequestVerificationToken\" value=\"").Append(Html.Escape(context.CsrfToken)).Append("\">\n")
            .Append("<input type=\"hidden\" name=\"pack\" value=\"").Append(Html.Escape(pack.Id)).Append("\">\n")
            .Append("<input type=\"hidden\" name=\"locale\" value=\"").Append(Html.Escape(locale)).Append("\">\n")
            .Append("<input type=\"hidden\" name=\"format\" value=\"\">\n<input type=\"hidden\" name=\"parameters\" value=\"\">\n</form>\n</div>\n");

        main.Append("<aside class=\"preview-pane\" aria-label=\"").Append(Html.Escape(ui["preview"])).Append("\">\n<p class=\"preview-note\" id=\"ak-preview-note\" hidden></p>\n")
            .Append("<iframe id=\"ak-preview\" title=\"").Append(Html.Escape(ui["previewTitle"])).Append("\" src=\"about:blank\"></iframe>\n</aside>\n</main>\n");

        main.Append(Html.DataBlock("ak-page", new
        {
            pack = pack.Id,
            locale,
            previewApi = paths.Api("preview"),
            maxBytes = MaxParameterBytes,
            text = ui.ForScript(),
        }));
        main.Append("<script type=\"application/json\" id=\"ak-initial\">").Append(Example(pack, locale)).Append("</script>\n");
        var other = pack.Locales.FirstOrDefault(l => l != locale) ?? locale;
        return PageShell.Render(context, title, "agreement", paths.Agreement(pack.Id, other), main.ToString());
    }

    /// <summary>The example for the edition as JSON whose strings cannot close the script element.</summary>
    private static string Example(TemplatePack pack, string locale)
    {
        var text = pack.GetExample(locale) ?? pack.Locales.Select(pack.GetExample).FirstOrDefault(e => e is not null) ?? "{}";
        JToken example;
        try
        {
            example = JToken.Parse(text);
        }
        catch (JsonReaderException)
        {
            example = new JObject();
        }

        return JsonConvert.SerializeObject(example, new JsonSerializerSettings { StringEscapeHandling = StringEscapeHandling.EscapeHtml });
    }
}
