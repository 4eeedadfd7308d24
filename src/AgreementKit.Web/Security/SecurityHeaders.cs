using Microsoft.AspNetCore.Http;

namespace AgreementKit.Web.Security;

/// <summary>
/// The headers every response of the app carries. The policy allows the app's own script, style sheet,
/// fetches and frames and nothing else: no inline script, no other origin, no plug-ins, no framing by others.
/// The preview document replaces the policy with its own (<see cref="Rendering.PreviewDocument"/>).
/// </summary>
internal static class SecurityHeaders
{
    public const string PagePolicy =
        "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; connect-src 'self'; frame-src 'self'; " +
        "form-action 'self'; base-uri 'none'; object-src 'none'; frame-ancestors 'none'";

    public static void Apply(HttpResponse response)
    {
        var headers = response.Headers;
        headers.ContentSecurityPolicy = PagePolicy;
        headers.XContentTypeOptions = "nosniff";
        headers["Referrer-Policy"] = "no-referrer";
        headers.XFrameOptions = "DENY";
        headers["Cross-Origin-Opener-Policy"] = "same-origin";
        headers["Cross-Origin-Resource-Policy"] = "same-origin";
        headers["Permissions-Policy"] = "camera=(), microphone=(), geolocation=(), payment=(), usb=()";
        // Parameters and batch results are personal data: never kept by the browser or a proxy.
        headers.CacheControl = "no-cache, no-store";
    }

    /// <summary>The endpoint filter that applies the headers before anything else runs.</summary>
    public static async ValueTask<object?> Filter(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        Apply(context.HttpContext.Response);
        return await next(context).ConfigureAwait(false);
    }
}
