using AgreementKit.Cli.Output;
using AgreementKit.Templates.Packs;

namespace AgreementKit.Cli.Commands;

/// <summary>Reads --params FILE or --example into <see cref="AgreementParameters"/>, with file problems in plain words.</summary>
internal static class ParameterInput
{
    public static AgreementParameters? Read(TemplatePack pack, string locale, FileInfo? file, bool example, CliConsole console)
    {
        if (file is not null && example) throw new UsageException("give either --params FILE or --example, not both");
        if (file is null && !example) throw new UsageException("give --params FILE (or --example to use the pack's example parameters)");
        if (example)
        {
            var text = pack.GetExample(locale);
            if (text is not null) return AgreementParameters.FromJson(text, $"example.{locale}.json");
            console.Error.WriteLine($"agreementkit: pack '{pack.Id}' has no example for {locale}");
            return null;
        }

        var path = file!.FullName;
        string? problem = Directory.Exists(path) ? "is a folder, not a parameter file"
            : !File.Exists(path) ? "does not exist"
            : null;
        if (problem is null)
        {
            try
            {
                return AgreementParameters.FromFile(path);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                problem = $"cannot be read ({e.Message})";
            }
        }

        console.Error.WriteLine($"{file.ToString()}: error AK1007: the parameter file {problem}");
        return null;
    }
}
