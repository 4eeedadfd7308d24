using AgreementKit.Diagnostics;
using AgreementKit.Model;
using AgreementKit.Model.Records;
using AgreementKit.Writers;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace AgreementKit;

/// <summary>
/// What a generated agreement carries inside itself: the pack (id and version), the locale, the library
/// version, the exact merged parameters, and the numbered text. Every DOCX holds it as a custom XML part
/// (Word keeps such parts when the document is edited and saved) and every plain PDF as an embedded file;
/// PDF/A-2b files carry none, because PDF/A-2 allows no attachment that is not itself PDF/A. Read it with
/// <see cref="ReadFile"/>: <c>agreementkit params FILE</c> prints it, <c>render --params FILE.docx</c>
/// renders from it, and comparisons and renewals read last year's agreements through it.
/// </summary>
public sealed class AgreementRecord
{
    private readonly JObject _parameters;

    internal AgreementRecord(string packId, string packVersion, string locale, string libraryVersion, JObject parameters, Agreement agreement, string json)
    {
        Json = json;
        PackId = packId;
        PackVersion = packVersion;
        Locale = locale;
        LibraryVersion = libraryVersion;
        _parameters = parameters;
        Agreement = agreement;
    }

    /// <summary>The pack the agreement was rendered with, e.g. <c>sales-crm-responsibility</c>.</summary>
    public string PackId { get; }

    /// <summary>The pack's version at the time, from its manifest.</summary>
    public string PackVersion { get; }

    /// <summary>The locale it was rendered in.</summary>
    public string Locale { get; }

    /// <summary>The AgreementKit version that rendered it.</summary>
    public string LibraryVersion { get; }

    /// <summary>The agreement as it was numbered and written (title, parties, every clause with its identity and text).</summary>
    public Agreement Agreement { get; }

    /// <summary>The exact merged parameters as indented JSON, a complete parameter file.</summary>
    public string ParametersJson => _parameters.ToString(Formatting.Indented);

    /// <summary>The parameters, ready for <see cref="AgreementEngine.Assemble"/>.</summary>
    public AgreementParameters ToParameters(string? sourceName = null) =>
        AgreementParameters.FromJObject(_parameters, sourceName ?? $"{PackId} parameters");

    internal JObject Parameters => _parameters;

    /// <summary>The record's text as the document holds it.</summary>
    internal string Json { get; }

    /// <summary>
    /// The record of a generated DOCX or PDF. Throws <see cref="AgreementKitException"/> (AK6001) when the
    /// file is neither, cannot be read, or carries no AgreementKit record (a document not made by
    /// AgreementKit, a PDF/A, or one whose part was removed).
    /// </summary>
    public static AgreementRecord ReadFile(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        byte[] bytes;
        try
        {
            bytes = File.ReadAllBytes(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw Problem(path, $"cannot be read ({e.Message})");
        }

        return Read(bytes, path);
    }

    /// <summary>The record of a DOCX or PDF held in memory; <paramref name="sourceName"/> names it in messages.</summary>
    public static AgreementRecord Read(byte[] document, string sourceName = "document")
    {
        ArgumentNullException.ThrowIfNull(document);
        string? json;
        try
        {
            json = DocumentRecords.Extract(document, out var kind);
            if (kind is null) throw Problem(sourceName, "is neither a DOCX nor a PDF file");
            if (json is null)
                throw Problem(sourceName, kind == "pdf"
                    ? "carries no AgreementKit record (a PDF/A file, or not made by AgreementKit: use the DOCX or the parameter file)"
                    : "carries no AgreementKit record (not made by AgreementKit, or its custom XML part was removed)");
        }
        catch (Exception e) when (e is InvalidDataException or System.Xml.XmlException or FormatException or IOException or DocumentFormat.OpenXml.Packaging.OpenXmlPackageException)
        {
            throw Problem(sourceName, $"cannot be read as a document ({e.Message})");
        }

        try
        {
            var r = RecordJson.Parse(json);
            return new AgreementRecord(r.PackId, r.PackVersion, r.Locale, r.LibraryVersion, r.Parameters, r.Agreement, r.Json);
        }
        catch (FormatException e)
        {
            throw Problem(sourceName, $"has a damaged AgreementKit record: {e.Message}");
        }
    }

    private static AgreementKitException Problem(string source, string what) =>
        new([Diagnostic.Error(DiagnosticCodes.NoRecord, $"{Path.GetFileName(source)} {what}", new SourceLocation { File = source })]);
}
