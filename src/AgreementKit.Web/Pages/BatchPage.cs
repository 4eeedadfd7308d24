using System.Globalization;
using System.Text;
using AgreementKit.Templates.Packs;

namespace AgreementKit.Web.Pages;

/// <summary>
/// The HR page: upload an export (and optional defaults and column map), map each column to a field, check
/// every row, then run the batch with a progress bar and download the ZIP. The steps after the upload are
/// filled by the script from the server's state of the batch, so a reload finds a running batch again.
/// </summary>
internal static class BatchPage
{
    public static string Render(PageContext context, IReadOnlyList<TemplatePack> packs, AgreementKitWebOptions options)
    {
        var (paths, ui) = (context.Paths, context.Ui);
        var main = new StringBuilder();
        main.Append("<main class=\"batch\">\n<h1>").Append(Html.Escape(ui["batch"])).Append("</h1>\n<p class=\"lead\">").Append(Html.Escape(ui["batchIntro"])).Append("</p>\n")
            .Append("<p class=\"meta\">").Append(Html.Escape(ui.Format("retention", ((int)options.BatchRetention.TotalMinutes).ToString(CultureInfo.InvariantCulture))))
            .Append(' ').Append(Html.Escape(ui.Format("uploadLimit", (options.MaxUploadBytes / (1024 * 1024)).ToString(CultureInfo.InvariantCulture)))).Append("</p>\n")
            .Append("<p id=\"b-message\" class=\"message\" role=\"alert\" hidden></p>\n");

        main.Append("<section id=\"b-upload\" class=\"step\">\n<h2>").Append(Html.Escape(ui["step1"])).Append("</h2>\n")
            .Append("<form id=\"b-upload-form\" method=\"post\" action=\"").Append(Html.Escape(paths.Api("batch"))).Append("\" enctype=\"multipart/form-data\">\n")
            .Append("<input type=\"hidden\" name=\"__RequestVerificationToken\" value=\"").Append(Html.Escape(context.CsrfToken)).Append("\">\n")
            .Append("<input type=\"hidden\" name=\"locale\" value=\"").Append(ui.Locale).Append("\">\n");
        Field(main, "b-pack", ui["pack"], () =>
        {
            main.Append("<select id=\"b-pack\" name=\"pack\">\n");
            foreach (var pack in packs.Where(p => p.Locales.Contains(ui.Locale)))
                main.Append("<option value=\"").Append(Html.Escape(pack.Id)).Append("\">").Append(Html.Escape(HomePage.Localized(pack.Titles, ui.Locale) ?? pack.Id))
                    .Append("（").Append(Html.Escape(pack.Id)).Append("）</option>\n");
            main.Append("</select>\n");
        });
        Field(main, "b-data", ui["dataFile"], () => main.Append("<input type=\"file\" id=\"b-data\" name=\"data\" accept=\".xlsx,.csv,.jsonl,.ndjson\" required>\n"));
        Field(main, "b-defaults", ui["defaultsFile"], () => main.Append("<input type=\"file\" id=\"b-defaults\" name=\"defaults\" accept=\".json,application/json\">\n"));
        Field(main, "b-map", ui["mapFile"], () => main.Append("<input type=\"file\" id=\"b-map\" name=\"map\" accept=\".json,application/json\">\n"));
        Field(main, "b-encoding", ui["encoding"], () => main.Append("<select id=\"b-encoding\" name=\"encoding\">\n<option value=\"\">").Append(Html.Escape(ui["encodingUtf8"]))
            .Append("</option>\n<option value=\"gb18030\">").Append(Html.Escape(ui["encodingGb"])).Append("</option>\n</select>\n"));
        main.Append("<fieldset class=\"formats\">\n<legend>").Append(Html.Escape(ui["formats"])).Append("</legend>\n")
            .Append("<label><input type=\"checkbox\" name=\"format\" value=\"docx\" checked> Word（DOCX）</label>\n")
            .Append("<label><input type=\"checkbox\" name=\"format\" value=\"pdf\"> PDF</label>\n")
            .Append("<label><input type=\"checkbox\" name=\"pdfa\" value=\"true\"> ").Append(Html.Escape(ui["pdfa"])).Append("</label>\n</fieldset>\n");
        Field(main, "b-name", ui["namePattern"], () => main.Append("<input type=\"text\" id=\"b-name\" name=\"name\" value=\"{contract.number}\" spellcheck=\"false\">\n"));
        main.Append("<p><button type=\"submit\" class=\"button primary\">").Append(Html.Escape(ui["upload"])).Append("</button></p>\n</form>\n</section>\n");

        main.Append("<section id=\"b-columns-step\" class=\"step\" hidden>\n<h2>").Append(Html.Escape(ui["step2"])).Append("</h2>\n<p class=\"file-line\" id=\"b-file\"></p>\n<p class=\"help\">")
            .Append(Html.Escape(ui["mapNote"])).Append("</p>\n<table id=\"b-columns\" class=\"table\">\n<thead><tr><th scope=\"col\">").Append(Html.Escape(ui["header"]))
            .Append("</th><th scope=\"col\">").Append(Html.Escape(ui["sample"])).Append("</th><th scope=\"col\">").Append(Html.Escape(ui["field"]))
            .Append("</th></tr></thead>\n<tbody></tbody>\n</table>\n<p id=\"b-ignored\" class=\"note\" role=\"status\" hidden></p>\n</section>\n");

        main.Append("<section id=\"b-check-step\" class=\"step\" hidden>\n<h2>").Append(Html.Escape(ui["step3"])).Append("</h2>\n<p><button type=\"button\" id=\"b-check\" class=\"button\">")
            .Append(Html.Escape(ui["check"])).Append("</button></p>\n<p id=\"b-check-summary\" class=\"summary\" role=\"status\"></p>\n")
            .Append("<table id=\"b-errors\" class=\"table\" hidden>\n<thead><tr><th scope=\"col\">").Append(Html.Escape(ui["row"])).Append("</th><th scope=\"col\">")
            .Append(Html.Escape(ui["column"])).Append("</th><th scope=\"col\">").Append(Html.Escape(ui["field"])).Append("</th><th scope=\"col\">").Append(Html.Escape(ui["code"]))
            .Append("</th><th scope=\"col\">").Append(Html.Escape(ui["message"])).Append("</th></tr></thead>\n<tbody></tbody>\n</table>\n")
            .Append("<p><a id=\"b-errors-csv\" class=\"button\" hidden>").Append(Html.Escape(ui["downloadErrors"])).Append("</a></p>\n</section>\n");

        main.Append("<section id=\"b-run-step\" class=\"step\" hidden>\n<h2>").Append(Html.Escape(ui["step4"])).Append("</h2>\n<p><button type=\"button\" id=\"b-run\" class=\"button primary\">")
            .Append(Html.Escape(ui["run"])).Append("</button> <button type=\"button\" id=\"b-cancel\" class=\"button\" hidden>").Append(Html.Escape(ui["cancel"])).Append("</button></p>\n")
            .Append("<progress id=\"b-progress\" max=\"1\" value=\"0\" hidden></progress>\n<p id=\"b-progress-text\" class=\"summary\" role=\"status\" aria-live=\"polite\"></p>\n")
            .Append("<p><a id=\"b-zip\" class=\"button primary\" hidden>").Append(Html.Escape(ui["downloadZip"])).Append("</a> <button type=\"button\" id=\"b-restart\" class=\"button\" hidden>")
            .Append(Html.Escape(ui["startOver"])).Append("</button></p>\n</section>\n</main>\n");

        main.Append(Html.DataBlock("ak-page", new { locale = ui.Locale, api = paths.Api("batch"), text = ui.ForScript() }));
        return PageShell.Render(context, ui["batch"], "batch", paths.Batch(ui.Locale == "zh-Hant" ? "zh-Hans" : "zh-Hant"), main.ToString());
    }

    private static void Field(StringBuilder main, string id, string label, Action control)
    {
        main.Append("<div class=\"field\">\n<label for=\"").Append(id).Append("\">").Append(Html.Escape(label)).Append("</label>\n");
        control();
        main.Append("</div>\n");
    }
}
