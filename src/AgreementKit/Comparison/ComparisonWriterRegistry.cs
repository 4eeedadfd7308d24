using AgreementKit.Comparison.Redline;
using AgreementKit.Comparison.Reports;
using AgreementKit.Diagnostics;
using AgreementKit.Writers.Docx;

namespace AgreementKit.Comparison;

/// <summary>The comparison formats of one comparer: the built-ins, a host writer replacing a built-in of the same id. Immutable once built.</summary>
internal sealed class ComparisonWriterRegistry
{
    private readonly List<IComparisonWriter> _all = [];

    public ComparisonWriterRegistry(AgreementComparerOptions options)
    {
        // The redline uses the agreements' default styles and fonts.
        IComparisonWriter[] builtIns = [new RedlineFormat(DocxOptions.Default), new MarkdownReportFormat(), new HtmlReportFormat()];
        var host = options.Writers.ToList();
        foreach (var writer in host)
        {
            ArgumentNullException.ThrowIfNull(writer);
            if (writer.FormatId is not { Length: > 0 and <= 32 } id || !id.All(c => char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c)))
                throw new ArgumentException($"A comparison writer's FormatId must be lower-case ASCII letters and digits, got \"{writer.FormatId}\".");
        }

        if (host.GroupBy(w => w.FormatId, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1) is { } twice)
            throw new ArgumentException($"Two comparison writers registered for the format \"{twice.Key}\".");
        _all.AddRange(builtIns.Where(b => !host.Exists(h => h.FormatId == b.FormatId)));
        _all.AddRange(host);
    }

    public IReadOnlyList<IComparisonWriter> All => _all;

    public IComparisonWriter Get(string format)
    {
        ArgumentNullException.ThrowIfNull(format);
        var name = format.Trim();
        if (name.Equals("markdown", StringComparison.OrdinalIgnoreCase)) name = "md";
        return _all.FirstOrDefault(w => string.Equals(w.FormatId, name, StringComparison.OrdinalIgnoreCase))
            ?? throw new AgreementKitException([Diagnostic.Error(DiagnosticCodes.UnknownFormat,
                $"there is no comparison format '{DisplayText.Safe(format)}' (formats: {string.Join(", ", _all.Select(w => w.FormatId))})", new SourceLocation())]);
    }
}
