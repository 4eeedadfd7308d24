using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;

namespace AgreementKit.Web.Pages;

/// <summary>Escaping for text and attributes, and JSON blocks a page hands to its script.</summary>
internal static class Html
{
    private static readonly JsonSerializerOptions Json = new()
    {
        // Chinese stays readable; < > & ' " are still escaped, so the block can never close its element.
        Encoder = JavaScriptEncoder.Create(UnicodeRanges.All),
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
    };

    /// <summary>The document writer's escaping, so the preview and the pages around it agree.</summary>
    public static string Escape(string? text) => string.IsNullOrEmpty(text) ? "" : AgreementKit.Writers.Html.HtmlWriter.Escape(text);

    /// <summary>A JSON data block: never run (its type is not script), read by the page's own script.</summary>
    public static string DataBlock(string id, object value) =>
        $"<script type=\"application/json\" id=\"{id}\">{JsonSerializer.Serialize(value, Json)}</script>\n";

    public static string ToJson(object value) => JsonSerializer.Serialize(value, Json);
}
