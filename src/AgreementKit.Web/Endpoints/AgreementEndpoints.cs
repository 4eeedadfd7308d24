using System.Diagnostics;
using System.Text;
using AgreementKit.Batch.Names;
using AgreementKit.Diagnostics;
using AgreementKit.Parameters;
using AgreementKit.Templates.Packs;
using AgreementKit.Web.Pages;
using AgreementKit.Web.Rendering;
using AgreementKit.Web.Security;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Newtonsoft.Json.Linq;

namespace AgreementKit.Web.Endpoints;

/// <summary>
/// One agreement: the live check and preview the page asks for as the user types, and the downloads
/// (DOCX, PDF, PDF/A, the parameters as JSON). Both take the parameters as the JSON text the page built, the
/// same file the command line takes.
/// </summary>
internal static class AgreementEndpoints
{
    private const long MaxBytes = AgreementPage.MaxParameterBytes;

    public static void Map(RouteGroupBuilder group, string prefix)
    {
        group.MapPost("/api/preview", async (HttpContext http, AgreementRenderer renderer, PreviewStore previews, string pack, string locale, string? source) =>
        {
            if (renderer.Pack(pack) is not { } found || !found.Locales.Contains(locale))
                return Reply.Problem($"there is no pack '{DisplayText.Safe(pack)}' with locale '{DisplayText.Safe(locale)}'", StatusCodes.Status404NotFound);
            var ui = UiText.For(locale);
            var json = await ReadBodyAsync(http.Request, http.RequestAborted);
            var clock = Stopwatch.StartNew();
            try
            {
                var (diagnostics, html) = await renderer.PreviewAsync(found, locale, json, SourceName(source), http.RequestAborted);
                var url = html is null ? null : Reply.Paths(http, prefix).Preview(previews.Add(PreviewDocument.From(html)));
                return Reply.Data(new { diagnostics = DiagnosticView.From(diagnostics, ui), preview = url, milliseconds = clock.ElapsedMilliseconds });
            }
            catch (RenderRefusedException e)
            {
                return Refused(e, ui);
            }
        }).WithMetadata(new BodyLimit(MaxBytes + 1024));

        group.MapPost("/download", async (HttpContext http, AgreementRenderer renderer) =>
        {
            IFormCollection form;
            try
            {
                form = await http.Request.ReadFormAsync(http.RequestAborted);
            }
            catch (InvalidDataException)
            {
                return BodyLimit.TooLarge(MaxBytes);
            }

            var (packId, locale, format) = (form["pack"].ToString(), form["locale"].ToString(), form["format"].ToString());
            if (renderer.Pack(packId) is not { } pack || !pack.Locales.Contains(locale) || format is not ("docx" or "pdf" or "pdfa" or "json"))
                return Results.Text("AgreementKit: unknown pack, edition or format.\n", "text/plain; charset=utf-8", statusCode: StatusCodes.Status400BadRequest);
            var ui = UiText.For(locale);
            var text = form["parameters"].ToString();
            var json = AgreementParameters.Utf8(text);
            var stem = FileStem(pack, text);
            if (format == "json")
            {
                // A draft may still have problems: saving it lets the user come back to it.
                return Results.File(json, "application/json; charset=utf-8", stem + ".json");
            }

            try
            {
                var (diagnostics, bytes) = await renderer.DocumentAsync(pack, locale, json, format == "docx" ? "docx" : "pdf", pdfA: format == "pdfa", http.RequestAborted);
                if (bytes is null)
                    return Reply.Page(ErrorPage(Reply.Context(http, prefix, locale), pack, locale, diagnostics.Where(d => d.IsError).Select(d => d.ToString()).ToList()), StatusCodes.Status422UnprocessableEntity);
                return format == "docx"
                    ? Results.File(bytes, "application/vnd.openxmlformats-officedocument.wordprocessingml.document", stem + ".docx")
                    : Results.File(bytes, "application/pdf", stem + (format == "pdfa" ? "-pdfa.pdf" : ".pdf"));
            }
            catch (RenderRefusedException e)
            {
                return Reply.Page(ErrorPage(Reply.Context(http, prefix, locale), pack, locale, [e.Busy ? ui["busy"] : e.Message]),
                    e.Busy ? StatusCodes.Status503ServiceUnavailable : StatusCodes.Status504GatewayTimeout);
            }
        }).WithMetadata(new BodyLimit(MaxBytes + 64 * 1024), new CsrfFilter.FormTokenAllowed());
    }

    /// <summary>The request body, which the body limit has already bounded.</summary>
    private static async Task<byte[]> ReadBodyAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        using var buffer = new MemoryStream();
        await request.Body.CopyToAsync(buffer, cancellationToken);
        return buffer.ToArray();
    }

    /// <summary>The name diagnostics use for the parameters: the loaded file's name, shown safely, never a path.</summary>
    private static string SourceName(string? source)
    {
        if (string.IsNullOrWhiteSpace(source)) return "parameters.json";
        var name = source.Split('/', '\\').Last();
        return name.Length == 0 ? "parameters.json" : DisplayText.Safe(name);
    }

    /// <summary>The download's name: the contract number made safe for every file system, else the pack id.</summary>
    private static string FileStem(TemplatePack pack, string json)
    {
        try
        {
            if (pack.Document.Number is { } path && JToken.Parse(json) is JObject parameters
                && FieldPath.Find(parameters, path) is JValue { Type: JTokenType.String } number
                && FileNameSanitizer.Sanitize((string)number!, 200) is { Length: > 0 } safe)
                return safe;
        }
        catch (Newtonsoft.Json.JsonException)
        {
            // Not JSON: the pack id names it.
        }

        return pack.Id;
    }

    private static IResult Refused(RenderRefusedException e, UiText ui) =>
        Reply.Problem(e.Busy ? ui["busy"] : e.Message, e.Busy ? StatusCodes.Status503ServiceUnavailable : StatusCodes.Status504GatewayTimeout);

    private static string ErrorPage(PageContext context, TemplatePack pack, string locale, IReadOnlyList<string> lines)
    {
        var ui = context.Ui;
        var main = new StringBuilder("<main class=\"error-page\">\n<h1>").Append(Html.Escape(ui["downloadFailed"])).Append("</h1>\n<ol class=\"report\">\n");
        foreach (var line in lines) main.Append("<li><code>").Append(Html.Escape(line)).Append("</code></li>\n");
        main.Append("</ol>\n<p>").Append(Html.Escape(ui["back"])).Append("</p>\n<p><a class=\"button\" href=\"").Append(Html.Escape(context.Paths.Agreement(pack.Id, locale)))
            .Append("\">").Append(Html.Escape(HomePage.Localized(pack.Titles, locale) ?? pack.Id)).Append("</a></p>\n</main>\n");
        return PageShell.Render(context, ui["downloadFailed"], "error", context.Paths.Agreement(pack.Id, locale), main.ToString());
    }
}
