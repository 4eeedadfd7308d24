using AgreementKit.Diagnostics;
using AgreementKit.Lint;
using AgreementKit.Tests.Cli;
using AgreementKit.Tests.Support;

namespace AgreementKit.Tests.Lint;

/// <summary>A shipped pack copied to a temporary folder, for planting problems in it.</summary>
internal sealed class PackCopy : IDisposable
{
    private readonly TempFolder _temp = new();

    public PackCopy(string id)
    {
        Folder = Path.Combine(_temp.Path, id);
        Directory.CreateDirectory(Folder);
        foreach (var file in Directory.EnumerateFiles(Path.Combine(RepoPaths.Templates, id)))
            File.Copy(file, Path.Combine(Folder, Path.GetFileName(file)));
    }

    public string Folder { get; }

    public string this[string file] => Path.Combine(Folder, file);

    public string Read(string file) => File.ReadAllText(this[file]);

    /// <summary>Replaces the first <paramref name="find"/> in a file; fails the test when it is not there.</summary>
    public void Replace(string file, string find, string replacement)
    {
        var text = Read(file);
        var at = text.IndexOf(find, StringComparison.Ordinal);
        Assert.True(at >= 0, $"'{find}' is not in {file}");
        File.WriteAllText(this[file], string.Concat(text.AsSpan(0, at), replacement, text.AsSpan(at + find.Length)));
    }

    /// <summary>
    /// The 1-based line and column (UTF-16 units) of the first <paramref name="needle"/> in a file, plus
    /// <paramref name="shift"/> characters: where an editor's cursor would be.
    /// </summary>
    public (int Line, int Column) Find(string file, string needle, int shift = 0)
    {
        var text = Read(file);
        var at = text.IndexOf(needle, StringComparison.Ordinal);
        Assert.True(at >= 0, $"'{needle}' is not in {file}");
        at += shift;
        var line = text.AsSpan(0, at).Count('\n') + 1;
        var lineStart = at == 0 ? 0 : text.LastIndexOf('\n', at - 1) + 1;
        return (line, at - lineStart + 1);
    }

    public IReadOnlyList<Diagnostic> Lint(LintFontOptions? fonts = null) => PackLinter.Lint(Folder, fonts ?? LintFontOptions.Bundled);

    /// <summary>The single diagnostic with <paramref name="code"/> in <paramref name="file"/>; fails with every finding listed otherwise.</summary>
    public static Diagnostic Single(IReadOnlyList<Diagnostic> diagnostics, string code, string file)
    {
        var matching = diagnostics.Where(d => d.Code == code && Path.GetFileName(d.Location.File) == file).ToList();
        Assert.True(matching.Count == 1, $"expected one {code} in {file}, got:\n{string.Join("\n", diagnostics)}");
        return matching[0];
    }

    public void Dispose() => _temp.Dispose();
}
