using AgreementKit.Diagnostics;

namespace AgreementKit.Cli.Output;

/// <summary>Where commands print: results to stdout, diagnostics and progress to stderr.</summary>
internal sealed class CliConsole(TextWriter stdout, TextWriter stderr)
{
    public TextWriter Out { get; } = stdout;

    public TextWriter Error { get; } = stderr;

    /// <summary>Set by --verbose: show stack traces of internal errors.</summary>
    public bool Verbose { get; set; }

    /// <summary>Prints diagnostics one a line, compiler style, errors first in input order.</summary>
    public void Print(IEnumerable<Diagnostic> diagnostics)
    {
        foreach (var d in diagnostics.OrderByDescending(d => d.IsError)) Error.WriteLine(d.ToString());
    }
}
