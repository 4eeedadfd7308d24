using AgreementKit.Diagnostics;
using Scriban.Syntax;

namespace AgreementKit.Lint;

/// <summary>
/// AK2303: a zh-Hant edition is written for Taiwan, so mainland vocabulary in the text it prints (信息, 質量,
/// 通過 for "by means of" …) is reported at the word, with the Taiwan wording from <see cref="MainlandTerms"/>.
/// Text that only a zh-Hans rendering prints — a branch on <c>locale</c> that zh-Hant never takes — is mainland
/// text on purpose and is left alone: <c>if locale == "zh-Hans"</c>, the <c>else</c> of
/// <c>if locale == "zh-Hant"</c>, and the same through a variable set once to such a test
/// (<c>tw = locale == "zh-Hant"</c>, then <c>if tw</c> or <c>if !tw</c>).
/// </summary>
internal static class MainlandVocabularyCheck
{
    private const string Locale = "zh-Hant";

    /// <param name="page">The parsed zh-Hant source, for the variables it sets to a test of <c>locale</c>.</param>
    /// <param name="pieces">The printed text of the zh-Hant source.</param>
    /// <param name="positions">Lines and columns of that source.</param>
    /// <param name="file">How to name the source.</param>
    /// <param name="generated">True when the source is generated from the other edition: the fix is then made upstream.</param>
    public static IEnumerable<Diagnostic> Check(ScriptPage page, IReadOnlyList<TextPiece> pieces, TextPositions positions, string file, bool generated)
    {
        var flags = LocaleFlags(page);
        var fix = generated
            ? "this edition is generated: reword the authored source or add a reviewed override to tools/opencc-overrides.tsv"
            : "reword it, or put mainland-only text in a branch on locale";
        foreach (var piece in pieces.Where(p => !OnlyOtherLocale(p, flags)))
        foreach (var (index, term) in Find(piece.Text))
            yield return Diagnostic.Warning(DiagnosticCodes.MainlandVocabulary,
                $"'{term.Term}' is mainland usage; a zh-Hant (Taiwan) edition writes '{term.Taiwan}'; {fix}",
                positions.At(file, piece.OffsetOf(index)));
    }

    /// <summary>Every mainland word in <paramref name="text"/> outside the phrases where Taiwan uses it too, with where it starts.</summary>
    public static IEnumerable<(int Index, MainlandTerm Term)> Find(string text)
    {
        for (var i = 0; i < text.Length;)
        {
            var term = MainlandTerms.All.FirstOrDefault(t => string.CompareOrdinal(text, i, t.Term, 0, t.Term.Length) == 0);
            if (term is null)
            {
                i++;
                continue;
            }

            if (!term.IsAllowedAt(text, i)) yield return (i, term);
            i += term.Term.Length;
        }
    }

    /// <summary>True when some enclosing <c>if</c> tests <c>locale</c> against a text and zh-Hant takes the other branch.</summary>
    private static bool OnlyOtherLocale(TextPiece piece, IReadOnlyDictionary<string, bool> flags) =>
        piece.Branches.Any(b => b.Conditional is ScriptIfStatement conditional && TakesThen(conditional.Condition, flags) is { } then && then != (b.Branch == 0));

    /// <summary>
    /// Whether zh-Hant takes the then-branch of <c>locale == "…"</c>, <c>locale != "…"</c>, a flag set to one of
    /// those, or <c>!</c> of any of them; null for any other condition.
    /// </summary>
    private static bool? TakesThen(ScriptExpression? condition, IReadOnlyDictionary<string, bool> flags)
    {
        while (condition is ScriptNestedExpression nested) condition = nested.Expression;
        switch (condition)
        {
            case ScriptUnaryExpression { Operator: ScriptUnaryOperator.Not } not:
                return TakesThen(not.Right, flags) is { } inner ? !inner : null;
            case ScriptVariableGlobal variable:
                return flags.TryGetValue(variable.Name, out var flag) ? flag : null;
            case ScriptBinaryExpression { Operator: ScriptBinaryOperator.CompareEqual or ScriptBinaryOperator.CompareNotEqual } binary:
                var text = (binary.Left, binary.Right) switch
                {
                    (ScriptVariableGlobal { Name: "locale" }, ScriptLiteral { Value: string value }) => value,
                    (ScriptLiteral { Value: string value }, ScriptVariableGlobal { Name: "locale" }) => value,
                    _ => null,
                };
                if (text is null) return null;
                return (text == Locale) == (binary.Operator == ScriptBinaryOperator.CompareEqual);
            default:
                return null;
        }
    }

    /// <summary>Variables the template sets to a test of <c>locale</c> and to nothing else, with their value for zh-Hant.</summary>
    private static IReadOnlyDictionary<string, bool> LocaleFlags(ScriptPage page)
    {
        var flags = new Dictionary<string, bool>(StringComparer.Ordinal);
        var other = new HashSet<string>(StringComparer.Ordinal);
        void Visit(ScriptNode? node)
        {
            if (node is null) return;
            if (node is ScriptAssignExpression { Target: ScriptVariableGlobal target } assign)
            {
                if (TakesThen(assign.Value, new Dictionary<string, bool>()) is { } value && !other.Contains(target.Name)
                    && (!flags.TryGetValue(target.Name, out var earlier) || earlier == value))
                    flags[target.Name] = value;
                else
                {
                    other.Add(target.Name);
                    flags.Remove(target.Name);
                }
            }

            foreach (var child in node.Children) Visit(child);
        }

        Visit(page);
        return flags;
    }
}
