using System.Text.RegularExpressions;
using AgreementKit.Diagnostics;
using AgreementKit.Parameters;

namespace AgreementKit.Lint;

/// <summary>
/// Checks a template's cross references in its literal text: every <c>@ref(key)</c> needs a <c>{#key}</c>
/// anchor somewhere in the same source, and an anchor key may appear once — unless its copies sit in
/// branches of an <c>if</c> or <c>case</c> that exclude each other, where only one is ever rendered.
/// The renderer finds the same problems (AK3005, AK3004), but only on the branches one set of parameters takes.
/// </summary>
internal static partial class CrossReferenceCheck
{
    public static IEnumerable<Diagnostic> Check(IReadOnlyList<TextPiece> pieces, TextPositions positions, string file)
    {
        var anchors = new List<(string Key, int Offset, TextPiece Piece)>();
        var references = new List<(string Key, int Offset)>();
        foreach (var piece in pieces.Where(p => !p.IsCode))
        {
            foreach (Match match in Anchor().Matches(piece.Text))
                anchors.Add((match.Groups[1].Value, piece.OffsetOf(match.Index), piece));
            foreach (Match match in Reference().Matches(piece.Text))
                references.Add((match.Groups[1].Value, piece.OffsetOf(match.Index)));
        }

        var keys = anchors.Select(a => a.Key).Distinct().ToList();
        foreach (var (key, offset) in references.Where(r => !keys.Contains(r.Key)))
        {
            var suggestion = KeySuggestion.Closest(key, keys) is { } closest ? $"; did you mean '{closest}'?" : "";
            yield return Diagnostic.Error(DiagnosticCodes.DanglingReference,
                $"@ref({key}) refers to no '{{#{key}}}' anchor in this template{suggestion}", positions.At(file, offset));
        }

        for (var i = 0; i < anchors.Count; i++)
        {
            var (key, offset, piece) = anchors[i];
            var earlier = anchors.Take(i).FirstOrDefault(a => a.Key == key && !a.Piece.Excludes(piece));
            if (earlier.Key is null) continue;
            var (line, _) = positions.Locate(earlier.Offset);
            yield return Diagnostic.Error(DiagnosticCodes.DuplicateKeyInMarkup,
                $"the anchor {{#{key}}} is already used on line {line}; each key names one chapter, clause or annex", positions.At(file, offset));
        }
    }

    // The key syntax of MarkupLineReader.IsKey: letters, digits, '-', '_' and '.'.
    [GeneratedRegex(@"\{#([A-Za-z0-9._-]{1,100})\}")]
    private static partial Regex Anchor();

    [GeneratedRegex(@"@ref\(([A-Za-z0-9._-]{1,100})\)")]
    private static partial Regex Reference();
}
