using System.Globalization;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace AgreementKit.Model.Records;

/// <summary>
/// The numbered agreement as JSON, the part of a document's record that says what the document reads:
/// every section, clause and block with its identity, key, label and text. A later comparison reads the
/// old agreement from here rather than re-rendering its parameters with today's templates, so a reworded
/// template shows as a change. Written with a fixed property order, so the same agreement gives the same
/// bytes. Provenance (template lines) is not recorded: it belongs to the run that made the document.
/// </summary>
internal static class AgreementJson
{
    public static void Write(JsonWriter w, Agreement agreement)
    {
        w.WriteStartObject();
        w.WritePropertyName("title"); w.WriteValue(agreement.Title);
        w.WritePropertyName("locale"); w.WriteValue(agreement.Locale);
        w.WritePropertyName("metadata");
        WriteMetadata(w, agreement.Metadata);
        w.WritePropertyName("parties");
        w.WriteStartArray();
        foreach (var party in agreement.Parties) WriteParty(w, party);
        w.WriteEndArray();
        w.WritePropertyName("preamble");
        WriteBlocks(w, agreement.Preamble);
        w.WritePropertyName("sections");
        w.WriteStartArray();
        foreach (var section in agreement.Sections) WriteSection(w, section);
        w.WriteEndArray();
        w.WriteEndObject();
    }

    public static Agreement Read(JObject json)
    {
        var metadata = ReadMetadata(Object(json, "metadata"));
        var parties = Array(json, "parties").Select(p => ReadParty((JObject)p)).ToList();
        var preamble = ReadBlocks(Array(json, "preamble"));
        var sections = Array(json, "sections").Select(s => ReadSection((JObject)s, parties)).ToList();
        return new Agreement(Text(json, "title"), Text(json, "locale"), metadata, parties, sections, preamble, origin: null);
    }

    private static void WriteMetadata(JsonWriter w, AgreementMetadata m)
    {
        w.WriteStartObject();
        Optional(w, "number", m.ContractNumber);
        Optional(w, "signPlace", m.SignPlace);
        Optional(w, "signDate", m.SignDate?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        Optional(w, "subject", m.Subject);
        Optional(w, "keywords", m.Keywords);
        w.WritePropertyName("chapterStyle"); w.WriteValue(m.ChapterStyle == ChapterStyle.Article ? "article" : "chapter");
        if (m.Calendar == CalendarStyle.RepublicOfChina)
        {
            w.WritePropertyName("calendar"); w.WriteValue("roc");
        }

        w.WriteEndObject();
    }

    private static AgreementMetadata ReadMetadata(JObject json) => new()
    {
        ContractNumber = OptionalText(json, "number"),
        SignPlace = OptionalText(json, "signPlace"),
        SignDate = OptionalText(json, "signDate") is { } date ? DateOnly.ParseExact(date, "yyyy-MM-dd", CultureInfo.InvariantCulture) : null,
        Subject = OptionalText(json, "subject"),
        Keywords = OptionalText(json, "keywords"),
        ChapterStyle = OptionalText(json, "chapterStyle") == "article" ? ChapterStyle.Article : ChapterStyle.Chapter,
        Calendar = OptionalText(json, "calendar") == "roc" ? CalendarStyle.RepublicOfChina : CalendarStyle.Gregorian,
    };

    private static void WriteParty(JsonWriter w, Party p)
    {
        w.WriteStartObject();
        w.WritePropertyName("key"); w.WriteValue(p.Key);
        w.WritePropertyName("role"); w.WriteValue(p.Role);
        w.WritePropertyName("name"); w.WriteValue(p.Name);
        w.WritePropertyName("kind"); w.WriteValue(p.Kind == PartyKind.Organization ? "organization" : "person");
        WriteDetails(w, "representatives", p.Representatives);
        WriteDetails(w, "identifiers", p.Identifiers);
        w.WriteEndObject();
    }

    private static void WriteDetails(JsonWriter w, string name, IReadOnlyList<PartyDetail> details)
    {
        if (details.Count == 0) return;
        w.WritePropertyName(name);
        w.WriteStartArray();
        foreach (var detail in details)
        {
            w.WriteStartObject();
            w.WritePropertyName("label"); w.WriteValue(detail.Label);
            w.WritePropertyName("value"); w.WriteValue(detail.Value);
            w.WriteEndObject();
        }

        w.WriteEndArray();
    }

    // Records written before parties had a kind carry an optional representative: an organisation signing
    // through it, as those documents printed; without one, a person.
    private static Party ReadParty(JObject json)
    {
        var (key, role, name) = (Text(json, "key"), Text(json, "role"), Text(json, "name"));
        if (OptionalText(json, "kind") is not { } kind)
            return OptionalText(json, "representativeLabel") is { } label
                ? new Party(key, role, name, PartyKind.Organization) { Representatives = [new PartyDetail(label, OptionalText(json, "representativeName") ?? string.Empty)] }
                : new Party(key, role, name, PartyKind.Person);
        return new Party(key, role, name, kind switch
        {
            "organization" => PartyKind.Organization,
            "person" => PartyKind.Person,
            _ => throw new FormatException($"unknown party kind '{kind}'"),
        })
        {
            Representatives = ReadDetails(json, "representatives"),
            Identifiers = ReadDetails(json, "identifiers"),
        };
    }

    private static List<PartyDetail> ReadDetails(JObject json, string name) =>
        json[name] is JArray details ? [.. details.Select(d => new PartyDetail(Text((JObject)d, "label"), Text((JObject)d, "value")))] : [];

    private static void WriteSection(JsonWriter w, Section s)
    {
        w.WriteStartObject();
        w.WritePropertyName("kind");
        w.WriteValue(s switch { Chapter => "chapter", SupplementaryPart => "supplementary", Annex => "annex", SignatureBlock => "signatures", _ => throw new NotSupportedException(s.GetType().Name) });
        WriteNode(w, s);
        w.WritePropertyName("label"); w.WriteValue(s.Label);
        w.WritePropertyName("title"); w.WriteValue(s.Title);
        if (s.PageBreakBefore)
        {
            w.WritePropertyName("pageBreakBefore"); w.WriteValue(true);
        }

        w.WritePropertyName("blocks");
        WriteBlocks(w, s.Blocks);
        w.WritePropertyName("clauses");
        w.WriteStartArray();
        foreach (var c in s.Clauses)
        {
            w.WriteStartObject();
            WriteNode(w, c);
            w.WritePropertyName("label"); w.WriteValue(c.Label);
            w.WritePropertyName("title"); w.WriteValue(c.Title);
            w.WritePropertyName("blocks");
            WriteBlocks(w, c.Content);
            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteEndObject();
    }

    private static Section ReadSection(JObject json, IReadOnlyList<Party> parties)
    {
        var info = Info(json);
        var label = Text(json, "label");
        var title = Text(json, "title");
        var pageBreak = json["pageBreakBefore"]?.Value<bool>() ?? false;
        var blocks = ReadBlocks(Array(json, "blocks"));
        var clauses = Array(json, "clauses").Select(c => (JObject)c)
            .Select(c => new Clause(Info(c), Text(c, "label"), Text(c, "title"), ReadBlocks(Array(c, "blocks")))).ToList();
        return Text(json, "kind") switch
        {
            "chapter" => new Chapter(info, label, title, pageBreak, blocks, clauses),
            "supplementary" => new SupplementaryPart(info, title, pageBreak, blocks, clauses),
            "annex" => new Annex(info, label, title, pageBreak, blocks),
            "signatures" => new SignatureBlock(info, title, pageBreak, parties),
            var kind => throw new FormatException($"unknown section kind '{kind}'"),
        };
    }

    private static void WriteBlocks(JsonWriter w, IReadOnlyList<Block> blocks)
    {
        w.WriteStartArray();
        foreach (var block in blocks)
        {
            w.WriteStartObject();
            switch (block)
            {
                case Paragraph p:
                    w.WritePropertyName("kind"); w.WriteValue("paragraph");
                    WriteNode(w, p);
                    w.WritePropertyName("text"); w.WriteValue(p.Text);
                    break;
                case Item i:
                    w.WritePropertyName("kind"); w.WriteValue("item");
                    WriteNode(w, i);
                    w.WritePropertyName("label"); w.WriteValue(i.Label);
                    w.WritePropertyName("text"); w.WriteValue(i.Text);
                    break;
                case GlossaryEntry t:
                    w.WritePropertyName("kind"); w.WriteValue("term");
                    WriteNode(w, t);
                    w.WritePropertyName("term"); w.WriteValue(t.Term);
                    w.WritePropertyName("definition"); w.WriteValue(t.Definition);
                    break;
                default:
                    throw new NotSupportedException(block.GetType().Name);
            }

            w.WriteEndObject();
        }

        w.WriteEndArray();
    }

    private static List<Block> ReadBlocks(JArray blocks) => blocks.Select(b => (JObject)b).Select(b => (Block)(Text(b, "kind") switch
    {
        "paragraph" => new Paragraph(Info(b), Text(b, "text")),
        "item" => new Item(Info(b), Text(b, "label"), Text(b, "text")),
        "term" => new GlossaryEntry(Info(b), Text(b, "term"), Text(b, "definition")),
        var kind => throw new FormatException($"unknown block kind '{kind}'"),
    })).ToList();

    private static void WriteNode(JsonWriter w, AgreementNode node)
    {
        w.WritePropertyName("id"); w.WriteValue(node.Id);
        Optional(w, "key", node.Key);
    }

    private static NodeInfo Info(JObject json) => new(OptionalText(json, "key"), Text(json, "id"), Provenance.None);

    private static void Optional(JsonWriter w, string name, string? value)
    {
        if (value is null) return;
        w.WritePropertyName(name);
        w.WriteValue(value);
    }

    private static string Text(JObject json, string name) =>
        json[name] is JValue { Type: JTokenType.String } v ? (string)v! : throw new FormatException($"'{name}' is missing or not text");

    private static string? OptionalText(JObject json, string name) =>
        json[name] switch { null => null, JValue { Type: JTokenType.String } v => (string)v!, _ => throw new FormatException($"'{name}' is not text") };

    private static JObject Object(JObject json, string name) => json[name] as JObject ?? throw new FormatException($"'{name}' is missing or not an object");

    private static JArray Array(JObject json, string name) => json[name] as JArray ?? throw new FormatException($"'{name}' is missing or not a list");
}
