using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.RegularExpressions;

namespace AgreementKit.Web.Tests.Support;

/// <summary>An HTTP client that behaves like the page's script: cookies kept, the page's antiforgery token sent as a header.</summary>
internal sealed partial class AppClient : IDisposable
{
    private readonly HttpClient _http;

    public AppClient(Uri baseAddress)
    {
        Cookies = new CookieContainer();
        _http = new HttpClient(new HttpClientHandler { CookieContainer = Cookies, AllowAutoRedirect = false }) { BaseAddress = baseAddress };
    }

    public CookieContainer Cookies { get; }

    public HttpClient Http => _http;

    /// <summary>Loads a page and keeps its antiforgery token for the requests after it.</summary>
    public async Task<string> OpenAsync(string path)
    {
        var html = await _http.GetStringAsync(path);
        Token = CsrfMeta().Match(html).Groups[1].Value;
        Assert.NotEmpty(Token);
        return html;
    }

    public string Token { get; private set; } = "";

    public Task<HttpResponseMessage> PreviewAsync(string pack, string locale, string json, bool withToken = true)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, $"api/preview?pack={pack}&locale={locale}")
        {
            Content = new StringContent(json, Encoding.UTF8, "application/json"),
        };
        if (withToken) request.Headers.Add("X-CSRF-TOKEN", Token);
        return _http.SendAsync(request);
    }

    public Task<HttpResponseMessage> UploadAsync(string pack, params (string Field, string FileName, byte[] Bytes)[] files)
    {
        var form = new MultipartFormDataContent
        {
            { new StringContent(pack), "pack" },
            { new StringContent("zh-Hans"), "locale" },
            { new StringContent("docx"), "format" },
        };
        foreach (var (field, name, bytes) in files)
        {
            var part = new ByteArrayContent(bytes);
            part.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
            form.Add(part, field, name);
        }

        var request = new HttpRequestMessage(HttpMethod.Post, "api/batch?locale=zh-Hans") { Content = form };
        request.Headers.Add("X-CSRF-TOKEN", Token);
        return _http.SendAsync(request);
    }

    public void Dispose() => _http.Dispose();

    [GeneratedRegex("<meta name=\"ak-csrf\" content=\"([^\"]+)\">")]
    private static partial Regex CsrfMeta();
}
