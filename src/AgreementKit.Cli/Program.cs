using System.Text;
using AgreementKit.Cli;
using AgreementKit.Cli.Serve;

// Before the console (and with it .NET's signal handling) is set up: serve must hear Ctrl+C.
if (args.Length > 0 && args[0] == "serve") InterruptSignal.Restore();
Console.OutputEncoding = new UTF8Encoding(false);
return await CliApp.RunAsync(args, Console.Out, Console.Error, CancellationToken.None);
