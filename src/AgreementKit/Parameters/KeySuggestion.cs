namespace AgreementKit.Parameters;

/// <summary>"Did you mean …?" for unknown keys: the closest known sibling key by edit distance.</summary>
internal static class KeySuggestion
{
    /// <summary>
    /// The known key closest to <paramref name="unknown"/>, or null when none is close: a different
    /// case only, or at most a third of the key's letters changed (at least one, at most three).
    /// Ties go to the key declared first.
    /// </summary>
    public static string? Closest(string unknown, IEnumerable<string> known)
    {
        // The distance is quadratic; a 10,000-character key is not a typo of a real one.
        if (unknown.Length > 100)
            return null;
        string? best = null;
        var bestDistance = int.MaxValue;
        foreach (var candidate in known)
        {
            if (string.Equals(candidate, unknown, StringComparison.OrdinalIgnoreCase))
                return candidate;
            var distance = Distance(unknown, candidate);
            if (distance < bestDistance)
                (best, bestDistance) = (candidate, distance);
        }
        var allowed = Math.Clamp(Math.Max(unknown.Length, best?.Length ?? 0) / 3, 1, 3);
        return bestDistance <= allowed ? best : null;
    }

    /// <summary>
    /// Edit distance over UTF-16 units in which swapping two neighbouring letters counts as one edit, as the
    /// commonest typing slip (<c>nmae</c> → <c>name</c>) should; three rows of memory.
    /// </summary>
    public static int Distance(string a, string b)
    {
        var beforePrevious = new int[b.Length + 1];
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++) previous[j] = j;
        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var substitution = previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1);
                current[j] = Math.Min(substitution, Math.Min(previous[j] + 1, current[j - 1] + 1));
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                    current[j] = Math.Min(current[j], beforePrevious[j - 2] + 1);
            }
            (beforePrevious, previous, current) = (previous, current, beforePrevious);
        }
        return previous[b.Length];
    }
}
