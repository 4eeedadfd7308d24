using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;
using AgreementKit.Web.Pages;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace AgreementKit.Web.Endpoints;

/// <summary>How endpoints answer: pages as UTF-8 HTML, data as camel-case JSON with readable Chinese.</summary>
internal static class Reply
{
    private static readonly JsonSerializerOptions Json = new()
    {
        Encoder = JavaScriptEncoder.Create(UnicodeRanges.All),
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        DefaultIgnoreCondition = System.Text.Json.Serialization.JsonIgnoreCondition.Never,
    };

    public static IResult Page(string html, int status = StatusCodes.Status200OK) =>
        Results.Content(html, "text/html; charset=utf-8", System.Text.Encoding.UTF8, status);

    public static IResult Data(object value, int status = StatusCodes.Status200OK) =>
        Results.Json(value, Json, "application/json; charset=utf-8", status);

    /// <summary>A message for the page's script to show, with its HTTP status.</summary>
    public static IResult Problem(string message, int status, IReadOnlyList<string>? details = null) =>
        Data(new { error = message, details = details ?? [] }, status);

    /// <summary>The page context of a request: its URLs below the mount point, its language and a fresh antiforgery token.</summary>
    public static PageContext Context(HttpContext http, string prefix, string? locale)
    {
        var tokens = http.RequestServices.GetRequiredService<IAntiforgery>().GetAndStoreTokens(http);
        return new PageContext(new AppPaths(http.Request.PathBase.Value + prefix), UiText.For(locale), tokens.RequestToken ?? "");
    }

    public static AppPaths Paths(HttpContext http, string prefix) => new(http.Request.PathBase.Value + prefix);
}
