using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;

namespace AgreementKit.Web.Security;

/// <summary>
/// Endpoint metadata: the largest request body the endpoint reads. The filter applies it to the server
/// before anything reads the body and refuses a request that announces more, so a large upload is
/// stopped at its first bytes, not after it has been received.
/// </summary>
internal sealed record BodyLimit(long Bytes)
{
    public static async ValueTask<object?> Filter(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var http = context.HttpContext;
        var limit = http.GetEndpoint()?.Metadata.GetMetadata<BodyLimit>()?.Bytes ?? 64 * 1024;
        if (http.Request.ContentLength > limit)
            return TooLarge(limit);
        if (http.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } feature)
            feature.MaxRequestBodySize = limit;
        return await next(context).ConfigureAwait(false);
    }

    public static IResult TooLarge(long limit) => Results.Text(
        $"AgreementKit: the request is larger than {limit / (1024.0 * 1024):0.#} MB.\nAgreementKit：请求超过 {limit / (1024.0 * 1024):0.#} MB 的上限。\n",
        "text/plain; charset=utf-8", statusCode: StatusCodes.Status413PayloadTooLarge);
}
