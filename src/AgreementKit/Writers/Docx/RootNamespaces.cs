using DocumentFormat.OpenXml;

namespace AgreementKit.Writers.Docx;

/// <summary>
/// Declares on a part's root element every namespace prefix used inside it, as Word does. The SDK would
/// otherwise declare a prefix first used deep in the tree (r: on each w:headerReference) on that element
/// alone; that is valid XML, but readers that match prefixes literally refuse the document.
/// </summary>
internal static class RootNamespaces
{
    public static void Declare(OpenXmlPartRootElement root)
    {
        var declared = root.NamespaceDeclarations.Select(d => d.Key).ToHashSet(StringComparer.Ordinal);
        foreach (var element in root.Descendants().Prepend(root))
        {
            Add(root, declared, element.Prefix, element.NamespaceUri);
            // GetAttributes builds a list; most elements (runs, text) have none.
            if (!element.HasAttributes) continue;
            foreach (var attribute in element.GetAttributes())
                Add(root, declared, attribute.Prefix, attribute.NamespaceUri);
        }
    }

    /// <summary>
    /// The main document part: WordprocessingML, and relationship ids in the section's header and footer
    /// references, and nothing else this writer makes (NamespaceDeclarationTests checks every example).
    /// Declared without walking the body: the walk over its thousands of elements was a third of a DOCX.
    /// </summary>
    public static void DeclareBody(DocumentFormat.OpenXml.Wordprocessing.Document document)
    {
        var declared = document.NamespaceDeclarations.Select(d => d.Key).ToHashSet(StringComparer.Ordinal);
        Add(document, declared, "w", "http://schemas.openxmlformats.org/wordprocessingml/2006/main");
        Add(document, declared, "r", "http://schemas.openxmlformats.org/officeDocument/2006/relationships");
    }

    private static void Add(OpenXmlElement root, HashSet<string> declared, string prefix, string uri)
    {
        // "xml" is bound by XML itself and must not be declared.
        if (prefix.Length == 0 || prefix == "xml" || !declared.Add(prefix))
            return;
        root.AddNamespaceDeclaration(prefix, uri);
    }
}
