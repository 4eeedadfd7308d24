using AgreementKit.Web.Pages;
using AgreementKit.Web.Rendering;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace AgreementKit.Web.Endpoints;

/// <summary>The pages (home, one agreement, batch), the assets and the preview documents.</summary>
internal static class PageEndpoints
{
    private static readonly string[] Scripts = ["zh-Hans", "zh-Hant"];

    public static void Map(RouteGroupBuilder group, string prefix)
    {
        group.MapGet("/", (HttpContext http, AgreementRenderer renderer, string? ui) =>
            Reply.Page(HomePage.Render(Reply.Context(http, prefix, ui), renderer.Packs)));

        group.MapGet("/agreement/{pack}/{locale}", (HttpContext http, AgreementRenderer renderer, string pack, string locale) =>
        {
            if (renderer.Pack(pack) is not { } found || !found.Locales.Contains(locale))
                return Reply.Page(NotFoundPage(Reply.Context(http, prefix, locale), renderer), StatusCodes.Status404NotFound);
            return Reply.Page(AgreementPage.Render(Reply.Context(http, prefix, locale), found, locale, renderer.Form(found, locale)));
        });

        group.MapGet("/batch/{locale}", (HttpContext http, AgreementRenderer renderer, AgreementKitWebOptions options, string locale) =>
            Scripts.Contains(locale)
                ? Reply.Page(BatchPage.Render(Reply.Context(http, prefix, locale), renderer.Packs, options))
                : Reply.Page(NotFoundPage(Reply.Context(http, prefix, null), renderer), StatusCodes.Status404NotFound));

        group.MapGet("/assets/{name}", StaticAssets.Serve);

        group.MapGet("/preview/{id}", (HttpContext http, PreviewStore previews, string id) =>
        {
            if (previews.Get(id) is not { } preview) return Results.NotFound();
            // This document may be framed by the app's own page, and may use its own hashed styles only.
            http.Response.Headers.ContentSecurityPolicy = preview.Policy;
            http.Response.Headers.XFrameOptions = "SAMEORIGIN";
            return Results.Bytes(preview.Html, "text/html; charset=utf-8");
        });
    }

    private static string NotFoundPage(PageContext context, AgreementRenderer renderer) =>
        HomePage.Render(context, renderer.Packs);
}
