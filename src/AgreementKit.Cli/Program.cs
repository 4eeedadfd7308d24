using System.Text;
using AgreementKit.Cli;

Console.OutputEncoding = new UTF8Encoding(false);
return await CliApp.RunAsync(args, Console.Out, Console.Error, CancellationToken.None);
