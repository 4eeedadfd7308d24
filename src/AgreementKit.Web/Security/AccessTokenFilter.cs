using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Http;

namespace AgreementKit.Web.Security;

/// <summary>
/// When the app is reachable from other machines, every request must carry the secret: as
/// <c>Authorization: Bearer …</c>, or once as <c>?token=…</c> on a page address, after which an HttpOnly,
/// SameSite=Strict cookie carries it and the page is reloaded without it in the address.
/// </summary>
internal sealed class AccessTokenFilter(string token, string cookiePath)
{
    public const string CookieName = "ak_access";
    private readonly byte[] _secret = Encoding.UTF8.GetBytes(token);

    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var http = context.HttpContext;
        var request = http.Request;
        if (Matches(Bearer(request)) || Matches(request.Cookies[CookieName])) return await next(context).ConfigureAwait(false);
        if (Matches(request.Query["token"].ToString()))
        {
            http.Response.Cookies.Append(CookieName, Encoding.UTF8.GetString(_secret), new CookieOptions
            {
                HttpOnly = true, SameSite = SameSiteMode.Strict, Path = cookiePath, IsEssential = true, Secure = request.IsHttps,
            });
            if (HttpMethods.IsGet(request.Method))
            {
                var rest = string.Join('&', request.Query.Where(q => q.Key != "token").Select(q => $"{Uri.EscapeDataString(q.Key)}={Uri.EscapeDataString(q.Value.ToString())}"));
                return Results.Redirect(request.PathBase + request.Path + (rest.Length > 0 ? "?" + rest : ""));
            }

            return await next(context).ConfigureAwait(false);
        }

        return Results.Text("AgreementKit: this server needs its access token (open the address with ?token=… once, or send Authorization: Bearer …).\n"
            + "AgreementKit：此服务需要访问令牌。\n", "text/plain; charset=utf-8", statusCode: StatusCodes.Status401Unauthorized);
    }

    private static string? Bearer(HttpRequest request)
    {
        var header = request.Headers.Authorization.ToString();
        return header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase) ? header["Bearer ".Length..].Trim() : null;
    }

    private bool Matches(string? candidate) =>
        !string.IsNullOrEmpty(candidate) && CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(candidate), _secret);
}
