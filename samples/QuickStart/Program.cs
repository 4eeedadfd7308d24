using AgreementKit;

var engine = new AgreementEngine();                       // build once, share across threads
var pack = engine.GetPack("sales-crm-responsibility");
var parameters = AgreementParameters.FromJson(pack.GetExample("zh-Hans")!);
var agreement = engine.Assemble(pack.Id, parameters);     // throws AgreementKitException with every located problem
engine.WriteFile(agreement, OutputFormat.Docx, "agreement.docx");
engine.WriteFile(agreement, OutputFormat.Pdf, "agreement.pdf");
