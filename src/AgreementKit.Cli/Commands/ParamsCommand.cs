using System.CommandLine;
using AgreementKit.Cli.Output;
using AgreementKit.Diagnostics;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace AgreementKit.Cli.Commands;

/// <summary>
/// <c>agreementkit params FILE.docx|FILE.pdf</c>: what a generated agreement was made from — pack, pack
/// version, locale, library version and the exact merged parameters — as JSON on stdout.
/// <c>--parameters-only</c> prints just the parameters, a file <c>render --params</c> takes as it is.
/// </summary>
internal static class ParamsCommand
{
    public static Command Create(CliConsole console)
    {
        var file = new Argument<FileInfo>("file") { Description = "A DOCX or PDF that AgreementKit generated." };
        var only = new Option<bool>("--parameters-only") { Description = "Print only the parameters (a parameter file for render --params)." };
        var command = new Command("params", "Print the pack, locale and parameters a generated DOCX or PDF carries.") { file, only };
        command.SetAction(parse =>
        {
            var record = DocumentInput.Read(parse.GetValue(file)!, console);
            if (record is null) return CliApp.Failed;
            var parameters = JObject.Parse(record.ParametersJson);
            var output = parse.GetValue(only)
                ? parameters
                : new JObject
                {
                    ["pack"] = record.PackId,
                    ["packVersion"] = record.PackVersion,
                    ["locale"] = record.Locale,
                    ["library"] = record.LibraryVersion,
                    ["parameters"] = parameters,
                };
            console.Out.WriteLine(output.ToString(Formatting.Indented));
            return CliApp.Success;
        });
        return command;
    }
}

/// <summary>Reads the record of a generated document named on the command line, printing what is wrong in plain words.</summary>
internal static class DocumentInput
{
    /// <summary>True when the file looks like a document (DOCX or PDF) rather than a JSON parameter file.</summary>
    public static bool IsDocument(FileInfo file)
    {
        var extension = file.Extension.ToLowerInvariant();
        return extension is ".docx" or ".pdf";
    }

    public static AgreementRecord? Read(FileInfo file, CliConsole console)
    {
        if (!file.Exists)
        {
            console.Error.WriteLine($"{file}: error {DiagnosticCodes.InputNotReadable}: the file does not exist");
            return null;
        }

        try
        {
            return AgreementRecord.ReadFile(file.FullName);
        }
        catch (AgreementKitException e)
        {
            console.Print(e.Diagnostics);
            return null;
        }
    }
}
