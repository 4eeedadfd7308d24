// A pack of your own, loaded from a folder, with a template function of your own.
using AgreementKit;
using AgreementKit.Diagnostics;
using AgreementKit.Templates.Packs;

var options = new AgreementEngineOptions();
options.PackSources.Insert(0, TemplatePackSource.FromDirectory(Path.Combine(AppContext.BaseDirectory, "packs")));
// Used in the template as {{ fn.masked_id employee.idNumber }}; its result is printed as text, never run.
options.Functions["masked_id"] = (Func<string, string>)(id => id.Length <= 4 ? id : new string('*', id.Length - 4) + id[^4..]);
var engine = new AgreementEngine(options);

var parameters = AgreementParameters.FromFile(Path.Combine(AppContext.BaseDirectory, "packs", "service-pledge", "example.zh-Hans.json"));
var result = engine.TryAssemble("service-pledge", parameters);
foreach (Diagnostic d in result.Diagnostics) Console.Error.WriteLine(d);
if (result.Agreement is null) return 1;

var output = args.Length > 0 ? args[0] : ".";
Directory.CreateDirectory(output);
engine.WriteFile(result.Agreement, OutputFormat.Docx, Path.Combine(output, "service-pledge.docx"));
engine.WriteFile(result.Agreement, OutputFormat.Pdf, Path.Combine(output, "service-pledge.pdf"));
Console.Write(System.Text.Encoding.UTF8.GetString(engine.WriteToArray(result.Agreement, OutputFormat.Text)));
return 0;
