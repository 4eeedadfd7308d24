namespace AgreementKit.Web.Pages;

/// <summary>The app's URLs below the prefix it is mounted at. No path ever comes from the client.</summary>
/// <param name="Base">The host's path base plus the mount prefix, without a trailing slash ("" at the root).</param>
internal sealed record AppPaths(string Base)
{
    public string Home => Base + "/";

    public string HomeIn(string locale) => locale == "zh-Hant" ? Base + "/?ui=zh-Hant" : Base + "/";

    public string Agreement(string pack, string locale) => $"{Base}/agreement/{Uri.EscapeDataString(pack)}/{Uri.EscapeDataString(locale)}";

    public string Batch(string locale) => $"{Base}/batch/{Uri.EscapeDataString(locale)}";

    public string Asset(string name) => $"{Base}/assets/{name}";

    public string Api(string rest) => $"{Base}/api/{rest}";

    public string Download => Base + "/download";

    public string Preview(string id) => $"{Base}/preview/{id}";
}
