using System.Globalization;

namespace AgreementKit.Batch.Names;

/// <summary>
/// Gives every row its own file stem, in row order: the first row keeps the sanitised name, later rows
/// whose name is the same after NFC and case folding get <c>-2</c>, <c>-3</c>… Two names differing only in
/// case would overwrite each other on Windows and macOS. Row order (not completion order) decides, so a
/// rerun, a resumed run and every shard of a sharded run agree on each name.
/// </summary>
internal sealed class NameAssigner(int maxStemBytes)
{
    private readonly Dictionary<string, int> _owners = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _nextSuffix = new(StringComparer.Ordinal);

    /// <summary>Folded form used to compare names: what case-insensitive file systems treat as equal.</summary>
    public static string Fold(string stem) => Unicode.Nfc.Normalize(stem).ToUpperInvariant().ToLowerInvariant();

    /// <summary>The unique stem for <paramref name="row"/>, and the row that already held the name when it had to change.</summary>
    public (string Stem, int? TakenBy) Assign(string sanitizedStem, int row)
    {
        var key = Fold(sanitizedStem);
        if (_owners.TryAdd(key, row)) return (sanitizedStem, null);
        var takenBy = _owners[key];
        var suffix = _nextSuffix.GetValueOrDefault(key, 2);
        while (true)
        {
            var tail = "-" + suffix.ToString(CultureInfo.InvariantCulture);
            var head = FileNameSanitizer.CutToBytes(sanitizedStem, maxStemBytes - tail.Length);
            var candidate = FileNameSanitizer.Sanitize(head + tail, maxStemBytes);
            suffix++;
            if (_owners.TryAdd(Fold(candidate), row))
            {
                _nextSuffix[key] = suffix;
                return (candidate, takenBy);
            }
        }
    }
}
