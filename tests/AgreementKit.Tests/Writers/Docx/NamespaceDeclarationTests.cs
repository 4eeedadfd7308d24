using System.IO.Compression;
using System.Xml;
using AgreementKit.Tests.Support;

namespace AgreementKit.Tests.Writers.Docx;

/// <summary>
/// Readers that match prefixes literally (not by namespace) refuse a part whose prefixes are declared
/// below its root. Word declares every prefix on the root; so must we, in every part of every example.
/// </summary>
public sealed class NamespaceDeclarationTests
{
    public static TheoryData<string, string, string> Examples() => ExampleCases.Theory();

    [Theory]
    [MemberData(nameof(Examples))]
    public void Every_prefix_a_part_uses_is_declared_on_its_root_element(string pack, string locale, string lead)
    {
        var agreement = ExampleCases.Assemble(pack, locale, lead);
        using var docx = new MemoryStream();
        ExampleCases.Engine.Write(agreement, OutputFormat.Docx, docx);
        docx.Position = 0;
        using var zip = new ZipArchive(docx, ZipArchiveMode.Read);
        var parts = zip.Entries.Where(e => e.FullName.EndsWith(".xml", StringComparison.Ordinal) || e.FullName.EndsWith(".rels", StringComparison.Ordinal)).ToList();
        Assert.Contains(parts, p => p.FullName == "word/document.xml");
        Assert.Contains(parts, p => p.FullName == "word/footer1.xml");
        var problems = parts.SelectMany(part => Problems(part)).ToList();
        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    [Fact]
    public void The_check_finds_a_prefix_declared_below_the_root()
    {
        const string part = """<w:document xmlns:w="urn:w"><w:body><w:headerReference r:id="rId1" xmlns:r="urn:r"/></w:body></w:document>""";
        Assert.Equal(["x.xml: prefix 'r' used by w:headerReference is not declared on the root element w:document", "x.xml: w:headerReference declares 'r'; only the root element may declare namespaces"], Problems("x.xml", part));
    }

    private static IEnumerable<string> Problems(ZipArchiveEntry entry)
    {
        using var reader = new StreamReader(entry.Open());
        return Problems(entry.FullName, reader.ReadToEnd());
    }

    private static List<string> Problems(string name, string xml)
    {
        var problems = new List<string>();
        using var reader = XmlReader.Create(new StringReader(xml));
        HashSet<string>? rootPrefixes = null;
        string? rootName = null;
        while (reader.Read())
        {
            if (reader.NodeType != XmlNodeType.Element) continue;
            var element = reader.Name;
            var used = new List<string> { reader.Prefix };
            var declared = new List<string>();
            while (reader.MoveToNextAttribute())
            {
                if (reader.Prefix == "xmlns") declared.Add(reader.LocalName);
                else if (reader.Name == "xmlns") declared.Add("");
                else
                {
                    used.Add(reader.Prefix);
                    // xsi:type="dcterms:W3CDTF" names a type by a prefix too.
                    if (reader.LocalName == "type" && reader.NamespaceURI == "http://www.w3.org/2001/XMLSchema-instance" && reader.Value.Contains(':'))
                        used.Add(reader.Value[..reader.Value.IndexOf(':')]);
                }
            }
            var isRoot = rootPrefixes is null;
            if (isRoot)
            {
                rootPrefixes = [.. declared];
                rootName = element;
            }
            problems.AddRange(used.Where(p => p.Length > 0 && p != "xml" && !rootPrefixes!.Contains(p)).Distinct()
                .Select(p => $"{name}: prefix '{p}' used by {element} is not declared on the root element {rootName}"));
            if (!isRoot)
                problems.AddRange(declared.Select(p => $"{name}: {element} declares '{p}'; only the root element may declare namespaces"));
        }
        return problems;
    }
}
