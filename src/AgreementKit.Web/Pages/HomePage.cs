using System.Text;
using AgreementKit.Templates.Packs;

namespace AgreementKit.Web.Pages;

/// <summary>The start page: every pack with a link per edition, and the batch page.</summary>
internal static class HomePage
{
    public static string Render(PageContext context, IReadOnlyList<TemplatePack> packs)
    {
        var (paths, ui) = (context.Paths, context.Ui);
        var main = new StringBuilder();
        main.Append("<main class=\"home\">\n<h1>").Append(Html.Escape(ui["homeTitle"])).Append("</h1>\n<p class=\"lead\">")
            .Append(Html.Escape(ui["homeIntro"])).Append("</p>\n<ul class=\"cards\">\n");
        foreach (var pack in packs)
        {
            main.Append("<li class=\"card\">\n<h2>").Append(Html.Escape(Localized(pack.Titles, ui.Locale) ?? pack.Id)).Append("</h2>\n");
            if (Localized(pack.Descriptions, ui.Locale) is { } description)
                main.Append("<p>").Append(Html.Escape(description)).Append("</p>\n");
            main.Append("<p class=\"meta\"><code>").Append(Html.Escape(pack.Id)).Append("</code> · ").Append(Html.Escape(ui["version"])).Append(' ')
                .Append(Html.Escape(pack.Version)).Append("</p>\n<p class=\"actions\">\n");
            foreach (var locale in pack.Locales)
            {
                var label = locale is "zh-Hans" or "zh-Hant" ? ui["edition." + locale] : locale;
                main.Append("<a class=\"button\" href=\"").Append(Html.Escape(paths.Agreement(pack.Id, locale))).Append("\">").Append(Html.Escape(label)).Append("</a>\n");
            }

            main.Append("</p>\n</li>\n");
        }

        main.Append("<li class=\"card batch-card\">\n<h2>").Append(Html.Escape(ui["batch"])).Append("</h2>\n<p>").Append(Html.Escape(ui["batchIntro"]))
            .Append("</p>\n<p class=\"actions\"><a class=\"button\" href=\"").Append(Html.Escape(paths.Batch(ui.Locale))).Append("\">")
            .Append(Html.Escape(ui["open"])).Append("</a></p>\n</li>\n</ul>\n</main>\n");
        return PageShell.Render(context, ui["homeTitle"], "home", paths.HomeIn(ui.Locale == "zh-Hant" ? "zh-Hans" : "zh-Hant"), main.ToString());
    }

    /// <summary>A pack's text in the interface language, else its first.</summary>
    public static string? Localized(IReadOnlyDictionary<string, string> texts, string locale) =>
        texts.TryGetValue(locale, out var text) ? text : texts.Values.FirstOrDefault();
}
