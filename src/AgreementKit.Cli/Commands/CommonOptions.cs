using System.CommandLine;
using AgreementKit.Templates.Packs;

namespace AgreementKit.Cli.Commands;

/// <summary>Options several commands share, and building the engine from them.</summary>
internal static class CommonOptions
{
    public static Option<DirectoryInfo?> Templates() => new("--templates")
    {
        Description = "A folder of template packs (one sub-folder per pack); its packs are used before the embedded ones.",
    };

    public static Option<bool> NoSignFields() => new("--no-sign-fields")
    {
        Description = "Leave out the PDF's unsigned signature fields (sig.<party>, seal.<party>) and the DOCX's bookmarks on the signing lines; the lines are still printed.",
    };

    public static Option<bool> Verbose() => new("--verbose") { Description = "Show stack traces of internal errors." };

    public static Option<string?> Locale() => new("--locale")
    {
        Description = "zh-Hans or zh-Hant (default: the pack's first locale).",
    };

    public static Argument<string> PackId() => new("id") { Description = "The template pack id, e.g. sales-crm-responsibility." };

    public static AgreementEngine Engine(DirectoryInfo? templates, Action<AgreementEngineOptions>? configure = null)
    {
        var options = new AgreementEngineOptions();
        if (templates is not null)
        {
            if (!templates.Exists) throw new UsageException($"--templates: the folder '{templates.FullName}' does not exist");
            options.PackSources.Insert(0, TemplatePackSource.FromDirectory(templates.FullName));
        }

        configure?.Invoke(options);
        return new AgreementEngine(options);
    }
}
