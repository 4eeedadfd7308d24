namespace AgreementKit.Layout.Fonts;

/// <summary>
/// Font files installed on this machine, found by walking the usual font folders (the native Skia build in
/// use has no fontconfig). Only used when a user asks for it, because output then depends on the machine.
/// </summary>
internal static class SystemFonts
{
    private static readonly string[] Extensions = [".ttf", ".otf", ".ttc", ".otc"];

    public static IReadOnlyList<FontFace> Load()
    {
        var home = Environment.GetFolderPath(Environment.SpecialFolder.UserProfile);
        string[] folders =
        [
            "/usr/share/fonts", "/usr/local/share/fonts", Path.Combine(home, ".fonts"), Path.Combine(home, ".local", "share", "fonts"),
            "/Library/Fonts", "/System/Library/Fonts", Path.Combine(home, "Library", "Fonts"),
            Environment.GetFolderPath(Environment.SpecialFolder.Fonts),
        ];
        // Sorted so that the same machine always picks the same face for a character.
        var files = folders.Where(f => f.Length > 0 && Directory.Exists(f)).Distinct(StringComparer.Ordinal)
            .SelectMany(f => Directory.EnumerateFiles(f, "*", SearchOption.AllDirectories))
            .Where(f => Extensions.Contains(Path.GetExtension(f).ToLowerInvariant()))
            .Order(StringComparer.Ordinal);
        return files.Select(f => FontFace.TryLoad(new FontFile(f))).OfType<FontFace>().ToList();
    }
}
