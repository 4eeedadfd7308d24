using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace AgreementKit.Web.Security;

/// <summary>
/// Every state-changing request must carry the antiforgery token of a page this app served: the page's
/// script sends it as the <c>X-CSRF-TOKEN</c> header. Only endpoints marked <see cref="FormTokenAllowed"/>
/// (the download form, a plain browser post) may carry it as a form field instead; every other request
/// without the header is refused before its body is read.
/// </summary>
internal static class CsrfFilter
{
    public const string HeaderName = "X-CSRF-TOKEN";
    public const string FieldName = "__RequestVerificationToken";

    /// <summary>Endpoint metadata: the token may come as a form field.</summary>
    public sealed class FormTokenAllowed;

    public static async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var http = context.HttpContext;
        if (HttpMethods.IsGet(http.Request.Method) || HttpMethods.IsHead(http.Request.Method))
            return await next(context).ConfigureAwait(false);
        var formAllowed = http.GetEndpoint()?.Metadata.GetMetadata<FormTokenAllowed>() is not null && http.Request.HasFormContentType;
        if (!http.Request.Headers.ContainsKey(HeaderName) && !formAllowed)
            return Refused();
        try
        {
            await http.RequestServices.GetRequiredService<IAntiforgery>().ValidateRequestAsync(http).ConfigureAwait(false);
        }
        catch (AntiforgeryValidationException)
        {
            return Refused();
        }
        catch (BadHttpRequestException e)
        {
            return Results.Text(e.Message, "text/plain; charset=utf-8", statusCode: e.StatusCode);
        }
        catch (InvalidDataException)
        {
            // A form field past the form reader's limits: the request is too large, whatever its token.
            return BodyLimit.TooLarge(http.GetEndpoint()?.Metadata.GetMetadata<BodyLimit>()?.Bytes ?? 0);
        }

        return await next(context).ConfigureAwait(false);
    }

    private static IResult Refused() => Results.Text(
        "AgreementKit: the request carries no valid antiforgery token; reload the page and try again.\nAgreementKit：请求缺少有效的防伪令牌，请重新载入页面后再试。\n",
        "text/plain; charset=utf-8", statusCode: StatusCodes.Status400BadRequest);
}
