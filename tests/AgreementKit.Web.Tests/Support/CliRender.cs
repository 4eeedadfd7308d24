using AgreementKit.Cli;

namespace AgreementKit.Web.Tests.Support;

/// <summary><c>agreementkit render</c>, run in-process as a user would run it on a downloaded parameter file.</summary>
internal static class CliRender
{
    public static (byte[] Docx, byte[] Pdf) Render(string pack, string locale, byte[] parameters)
    {
        using var folder = new TempFolder();
        var file = folder["parameters.json"];
        File.WriteAllBytes(file, parameters);
        var output = Directory.CreateDirectory(folder["out"]).FullName;
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var code = CliApp.RunAsync(["render", pack, "--params", file, "--locale", locale, "--format", "docx,pdf", "--out", output], stdout, stderr, CancellationToken.None).GetAwaiter().GetResult();
        Assert.True(code == 0, $"agreementkit render failed ({code}):\n{stderr}");
        return (File.ReadAllBytes(Path.Combine(output, pack + ".docx")), File.ReadAllBytes(Path.Combine(output, pack + ".pdf")));
    }
}
