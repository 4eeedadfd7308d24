using System.Text;

namespace AgreementKit.Web.Pages;

/// <summary>
/// The frame around every page: language, title, the app's own style sheet and script (no inline script,
/// nothing from another origin), the top bar and the footer.
/// </summary>
internal static class PageShell
{
    /// <param name="context">URLs, language and token.</param>
    /// <param name="title">The document title.</param>
    /// <param name="page">Which page this is, for the script (<c>home</c>, <c>agreement</c>, <c>batch</c>).</param>
    /// <param name="switchHref">The same page in the other script.</param>
    /// <param name="main">The page's content.</param>
    public static string Render(PageContext context, string title, string page, string switchHref, string main)
    {
        var (paths, ui) = (context.Paths, context.Ui);
        var html = new StringBuilder(main.Length + 2048);
        html.Append("<!DOCTYPE html>\n<html lang=\"").Append(ui.Locale).Append("\">\n<head>\n<meta charset=\"utf-8\">\n")
            .Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
            .Append("<meta name=\"ak-csrf\" content=\"").Append(Html.Escape(context.CsrfToken)).Append("\">\n")
            .Append("<meta name=\"ak-base\" content=\"").Append(Html.Escape(paths.Base)).Append("\">\n")
            .Append("<title>").Append(Html.Escape(title)).Append(" · ").Append(Html.Escape(ui["app"])).Append("</title>\n")
            .Append("<link rel=\"icon\" href=\"").Append(Html.Escape(paths.Asset("icon.svg"))).Append("\" type=\"image/svg+xml\">\n")
            .Append("<link rel=\"stylesheet\" href=\"").Append(Html.Escape(paths.Asset("app.css"))).Append("\">\n")
            .Append("<script src=\"").Append(Html.Escape(paths.Asset("app.js"))).Append("\" defer></script>\n")
            .Append("</head>\n<body data-page=\"").Append(page).Append("\" data-state=\"idle\">\n")
            .Append("<header class=\"topbar\">\n<a class=\"brand\" href=\"").Append(Html.Escape(paths.HomeIn(ui.Locale))).Append("\">").Append(Html.Escape(ui["app"])).Append("</a>\n<nav>\n")
            .Append("<a href=\"").Append(Html.Escape(paths.HomeIn(ui.Locale))).Append("\"").Append(page == "home" ? " aria-current=\"page\"" : "").Append('>').Append(Html.Escape(ui["single"])).Append("</a>\n")
            .Append("<a href=\"").Append(Html.Escape(paths.Batch(ui.Locale))).Append("\"").Append(page == "batch" ? " aria-current=\"page\"" : "").Append('>').Append(Html.Escape(ui["batch"])).Append("</a>\n")
            .Append("<a class=\"script-switch\" href=\"").Append(Html.Escape(switchHref)).Append("\" lang=\"").Append(ui.Locale == "zh-Hant" ? "zh-Hans" : "zh-Hant").Append("\">")
            .Append(Html.Escape(ui["otherScript"])).Append("</a>\n</nav>\n</header>\n")
            .Append(main)
            .Append("<footer class=\"footer\">").Append(Html.Escape(ui["footer"])).Append("</footer>\n</body>\n</html>\n");
        return html.ToString();
    }
}
