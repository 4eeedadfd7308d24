using System.Security.Cryptography;
using Microsoft.AspNetCore.Http;

namespace AgreementKit.Web.Endpoints;

/// <summary>The app's script and style sheet, embedded in the assembly and served with an ETag.</summary>
internal static class StaticAssets
{
    private static readonly Lazy<IReadOnlyDictionary<string, (byte[] Bytes, string Type, string Tag)>> Files = new(Load);

    public static IResult Serve(HttpContext http, string name)
    {
        if (!Files.Value.TryGetValue(name, out var file)) return Results.NotFound();
        var headers = http.Response.Headers;
        // Revalidated on every load, so a new version of the tool is picked up at once.
        headers.CacheControl = "no-cache";
        headers.ETag = file.Tag;
        if (http.Request.Headers.IfNoneMatch.ToString() == file.Tag) return Results.StatusCode(StatusCodes.Status304NotModified);
        return Results.Bytes(file.Bytes, file.Type);
    }

    private static IReadOnlyDictionary<string, (byte[], string, string)> Load()
    {
        var assembly = typeof(StaticAssets).Assembly;
        const string prefix = "AgreementKit.Web.Assets.";
        var files = new Dictionary<string, (byte[], string, string)>(StringComparer.Ordinal);
        foreach (var resource in assembly.GetManifestResourceNames().Where(n => n.StartsWith(prefix, StringComparison.Ordinal)))
        {
            using var stream = assembly.GetManifestResourceStream(resource)!;
            using var copy = new MemoryStream();
            stream.CopyTo(copy);
            var name = resource[prefix.Length..];
            var type = Path.GetExtension(name) switch
            {
                ".js" => "text/javascript; charset=utf-8",
                ".css" => "text/css; charset=utf-8",
                ".svg" => "image/svg+xml",
                _ => "application/octet-stream",
            };
            files[name] = (copy.ToArray(), type, $"\"{Convert.ToHexStringLower(SHA256.HashData(copy.ToArray()))[..16]}\"");
        }

        return files;
    }
}
