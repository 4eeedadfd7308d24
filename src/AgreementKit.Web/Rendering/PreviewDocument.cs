using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;

namespace AgreementKit.Web.Rendering;

/// <summary>
/// One preview page (the HTML writer's output) with the Content-Security-Policy it is served under: its
/// own inline style sheet and style attributes are allowed by their hashes, everything else (script,
/// fetches, other origins) is not, and only this app may frame it.
/// </summary>
internal sealed partial class PreviewDocument
{
    private PreviewDocument(byte[] html, string policy)
    {
        Html = html;
        Policy = policy;
    }

    public byte[] Html { get; }

    public string Policy { get; }

    public static PreviewDocument From(byte[] html)
    {
        var text = Encoding.UTF8.GetString(html);
        var sheets = StyleElement().Matches(text).Select(m => Hash(m.Groups[1].Value)).Distinct().ToList();
        var attributes = StyleAttribute().Matches(text).Select(m => Hash(System.Net.WebUtility.HtmlDecode(m.Groups[1].Value))).Distinct().ToList();
        var styles = sheets.Concat(attributes.Count > 0 ? ["'unsafe-hashes'", .. attributes] : []).ToList();
        var policy = "default-src 'none'; " + (styles.Count > 0 ? $"style-src {string.Join(' ', styles)}; " : "")
            + "img-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'self'";
        return new PreviewDocument(html, policy);
    }

    private static string Hash(string text) => $"'sha256-{Convert.ToBase64String(SHA256.HashData(Encoding.UTF8.GetBytes(text)))}'";

    [GeneratedRegex("<style>(.*?)</style>", RegexOptions.Singleline)]
    private static partial Regex StyleElement();

    [GeneratedRegex("\\sstyle=\"([^\"]*)\"")]
    private static partial Regex StyleAttribute();
}
