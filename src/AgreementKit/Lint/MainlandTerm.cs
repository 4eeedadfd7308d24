namespace AgreementKit.Lint;

/// <summary>
/// One row of the reviewed list behind AK2303: a mainland word, how Taiwan writes it, and the phrases in
/// which the word is right in Taiwan too (通過 in 通過考核 means "pass", not "by means of").
/// </summary>
internal sealed record MainlandTerm(string Term, string Taiwan, IReadOnlyList<string> Allowed)
{
    /// <summary>True when the occurrence of <see cref="Term"/> at <paramref name="index"/> of <paramref name="text"/> lies inside an allowed phrase.</summary>
    public bool IsAllowedAt(string text, int index)
    {
        foreach (var phrase in Allowed)
        {
            for (var at = phrase.IndexOf(Term, StringComparison.Ordinal); at >= 0; at = phrase.IndexOf(Term, at + 1, StringComparison.Ordinal))
            {
                var start = index - at;
                if (start >= 0 && start + phrase.Length <= text.Length && string.CompareOrdinal(text, start, phrase, 0, phrase.Length) == 0)
                    return true;
            }
        }

        return false;
    }
}
