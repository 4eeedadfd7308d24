using System.Text;
using AgreementKit.Diagnostics;
using AgreementKit.Layout.Fonts;
using AgreementKit.Parameters;
using Newtonsoft.Json.Linq;

namespace AgreementKit.Lint;

/// <summary>
/// Finds characters no configured font can draw — the PDF writer would refuse them (AK4001) — in a
/// template's own text and in example values, where the author can still change them. Each character is
/// reported once per file, at its first place, with how often else it occurs.
/// </summary>
internal static class GlyphCheck
{
    public static IEnumerable<Diagnostic> InTemplate(IReadOnlyList<TextPiece> pieces, TextPositions positions, string file, LintFonts fonts)
    {
        var found = new List<(Rune Character, SourceLocation Location, int Count)>();
        foreach (var piece in pieces)
        {
            var index = 0;
            foreach (var rune in piece.Text.EnumerateRunes())
            {
                if (!fonts.CanDraw(rune.Value)) Count(found, rune, () => positions.At(file, piece.OffsetOf(index)));
                index += rune.Utf16SequenceLength;
            }
        }

        return found.Select(f => Diagnostic.Error(DiagnosticCodes.MissingGlyph,
            $"no configured font ({fonts.Description}) can draw {Describe(f.Character)}{More(f.Count)}; change the template text or give a font that has it with --font FILE",
            f.Location));
    }

    /// <summary>String values of an example read by <see cref="ParameterReader"/> (tokens carry <see cref="ValueOrigin"/>).</summary>
    public static IEnumerable<Diagnostic> InExample(JObject example, TextPositions positions, string file, LintFonts fonts)
    {
        var found = new List<(Rune Character, SourceLocation Location, int Count)>();
        foreach (var value in example.Descendants().OfType<JValue>().Where(v => v.Type == JTokenType.String))
        {
            var text = (string)value!;
            var index = 0;
            foreach (var rune in text.EnumerateRunes())
            {
                var at = index;
                if (!fonts.CanDraw(rune.Value)) Count(found, rune, () => Locate(value, at, positions, file));
                index += rune.Utf16SequenceLength;
            }
        }

        return found.Select(f => Diagnostic.Error(DiagnosticCodes.MissingGlyph,
            $"example value {f.Location.Path}: no configured font ({fonts.Description}) can draw {Describe(f.Character)}{More(f.Count)}; change the value or give a font that has it with --font FILE",
            f.Location));
    }

    private static void Count(List<(Rune Character, SourceLocation Location, int Count)> found, Rune rune, Func<SourceLocation> locate)
    {
        var existing = found.FindIndex(f => f.Character == rune);
        if (existing < 0) found.Add((rune, locate(), 1));
        else found[existing] = found[existing] with { Count = found[existing].Count + 1 };
    }

    private static SourceLocation Locate(JValue value, int index, TextPositions positions, string file)
    {
        if (ValueOrigin.Of(value) is not { } origin) return new SourceLocation { File = file, Path = value.Path };
        var column = JsonStringColumns.ColumnOf(positions.LineText(origin.Line), origin.Column, index);
        return new SourceLocation { File = file, Line = origin.Line, Column = column, Path = value.Path };
    }

    private static string Describe(Rune character) => FontSet.Describe(character.ToString());

    private static string More(int count) => count > 1 ? $" (here and {count - 1} more times in this file)" : "";
}
