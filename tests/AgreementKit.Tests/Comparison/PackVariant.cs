using AgreementKit.Templates.Packs;
using AgreementKit.Tests.Lint;

namespace AgreementKit.Tests.Comparison;

/// <summary>A shipped pack copied and edited — the next version of its template — with an engine that renders it.</summary>
internal sealed class PackVariant : IDisposable
{
    private readonly PackCopy _copy;

    public PackVariant(string id) => _copy = new PackCopy(id);

    public string Template(string locale = "zh-Hans") => _copy.Read($"{locale}.scriban");

    public void Edit(Func<string, string> change, string locale = "zh-Hans") =>
        File.WriteAllText(_copy[$"{locale}.scriban"], change(Template(locale)));

    public AgreementEngine Engine()
    {
        var options = new AgreementEngineOptions();
        options.PackSources.Insert(0, TemplatePackSource.FromDirectory(Path.GetDirectoryName(_copy.Folder)!));
        return new AgreementEngine(options);
    }

    /// <summary>The lines of the clause whose heading line starts with <paramref name="heading"/>, up to the next heading or directive.</summary>
    public static string Clause(string template, string heading)
    {
        var start = template.IndexOf(heading, StringComparison.Ordinal);
        Assert.True(start >= 0, $"'{heading}' is not in the template");
        var end = new[] { "\n### ", "\n## ", "\n@" }
            .Select(marker => template.IndexOf(marker, start + heading.Length, StringComparison.Ordinal))
            .Where(i => i >= 0).Select(i => i + 1).DefaultIfEmpty(template.Length).Min();
        return template[start..end];
    }

    public void Dispose() => _copy.Dispose();
}
