// An output format of your own: registered with the engine, it is a format like docx or pdf.
using AgreementKit;
using AgreementKit.Model;
using AgreementKit.Writers;
using System.Text.Json;

var options = new AgreementEngineOptions();
options.Writers.Add(new OutlineWriter());
var engine = new AgreementEngine(options);

var pack = engine.GetPack("agent-loyalty-strategy");
var agreement = engine.Assemble(pack.Id, AgreementParameters.FromJson(pack.GetExample("zh-Hans")!));
var output = args.Length > 0 ? args[0] : ".";
Directory.CreateDirectory(output);
var path = Path.Combine(output, "agreement.outline.json");
engine.WriteFile(agreement, "outline", path);
Console.WriteLine($"formats: {string.Join(", ", engine.Writers.Select(w => w.FormatId))}");
Console.WriteLine($"wrote {path}");
return 0;

/// <summary>
/// The agreement's outline as JSON — every chapter and clause with its number, title and identity — for a
/// contract-management system to index. Walks the model with <see cref="AgreementVisitor"/>.
/// </summary>
sealed class OutlineWriter : IAgreementWriter
{
    public string FormatId => "outline";

    public string FileExtension => "json";

    public string MediaType => "application/json";

    public void Write(Agreement agreement, Stream output, CancellationToken cancellationToken)
    {
        using var json = new Utf8JsonWriter(output, new JsonWriterOptions { Indented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
        new Outline(json).Visit(agreement);
    }

    private sealed class Outline(Utf8JsonWriter json) : AgreementVisitor
    {
        private bool _inSection;

        protected override void VisitFrontMatter(Agreement agreement)
        {
            json.WriteStartObject();
            json.WriteString("title", agreement.Title);
            json.WriteString("locale", agreement.Locale);
            json.WriteString("number", agreement.Metadata.ContractNumber);
            json.WriteStartArray("sections");
        }

        protected override void VisitSectionHeading(Section section)
        {
            if (_inSection) EndSection();
            json.WriteStartObject();
            json.WriteString("id", section.Id);
            json.WriteString("heading", section.Heading);
            json.WriteStartArray("clauses");
            _inSection = true;
        }

        protected override void VisitClauseHeading(Clause clause, Section section)
        {
            json.WriteStartObject();
            json.WriteString("id", clause.Id);
            json.WriteString("number", clause.Label);
            json.WriteString("title", clause.Title);
            json.WriteEndObject();
        }

        protected override void VisitEnd(Agreement agreement)
        {
            if (_inSection) EndSection();
            json.WriteEndArray();
            json.WriteEndObject();
        }

        private void EndSection()
        {
            json.WriteEndArray();
            json.WriteEndObject();
            _inSection = false;
        }
    }
}
