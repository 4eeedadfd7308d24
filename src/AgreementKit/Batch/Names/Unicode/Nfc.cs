using System.Globalization;
using System.Text;

namespace AgreementKit.Batch.Names.Unicode;

/// <summary>
/// Unicode Normalization Form C (UAX #15) for file names. The library is built with
/// <c>InvariantGlobalization</c>, where <see cref="string.Normalize()"/> leaves non-ASCII text as it is,
/// so a name typed on macOS (NFD) would not match the same name typed on Windows. Tables: <see cref="NfcData"/>.
/// </summary>
internal static class Nfc
{
    private const int SBase = 0xAC00, LBase = 0x1100, VBase = 0x1161, TBase = 0x11A7;
    private const int LCount = 19, VCount = 21, TCount = 28, NCount = VCount * TCount, SCount = LCount * NCount;

    private static readonly Lazy<Tables> Data = new(Tables.Load);

    /// <summary>The NFC form of <paramref name="text"/>; a lone surrogate becomes U+FFFD.</summary>
    public static string Normalize(string text)
    {
        // Below U+0300 every character is a starter that NFC keeps as it is.
        if (text.All(c => c < '\u0300')) return text;
        var tables = Data.Value;
        var buffer = new List<int>(text.Length);
        foreach (var rune in text.EnumerateRunes()) Decompose(rune.Value, buffer, tables);
        Reorder(buffer, tables);
        Compose(buffer, tables);
        var result = new StringBuilder(buffer.Count);
        foreach (var cp in buffer) result.Append(char.ConvertFromUtf32(cp));
        return result.ToString();
    }

    private static void Decompose(int cp, List<int> into, Tables tables)
    {
        if (cp is >= SBase and < SBase + SCount)
        {
            var s = cp - SBase;
            into.Add(LBase + s / NCount);
            into.Add(VBase + s % NCount / TCount);
            if (s % TCount != 0) into.Add(TBase + s % TCount);
            return;
        }

        if (tables.Decompositions.TryGetValue(cp, out var parts))
        {
            foreach (var part in parts) Decompose(part, into, tables);
            return;
        }

        into.Add(cp);
    }

    /// <summary>Canonical ordering: a stable sort by combining class of every run of non-starters.</summary>
    private static void Reorder(List<int> buffer, Tables tables)
    {
        for (var i = 1; i < buffer.Count; i++)
        {
            var cls = tables.Class(buffer[i]);
            if (cls == 0) continue;
            for (var j = i; j > 0; j--)
            {
                var before = tables.Class(buffer[j - 1]);
                if (before <= cls) break;
                (buffer[j - 1], buffer[j]) = (buffer[j], buffer[j - 1]);
            }
        }
    }

    private static void Compose(List<int> buffer, Tables tables)
    {
        if (buffer.Count == 0) return;
        var starterPos = 0;
        var lastClass = tables.Class(buffer[0]) == 0 ? 0 : 256;
        var write = 1;
        for (var read = 1; read < buffer.Count; read++)
        {
            var cp = buffer[read];
            var cls = tables.Class(cp);
            if ((lastClass < cls || lastClass == 0) && Composite(buffer[starterPos], cp, tables) is { } composite)
            {
                buffer[starterPos] = composite;
                continue;
            }

            if (cls == 0) starterPos = write;
            lastClass = cls;
            buffer[write++] = cp;
        }

        buffer.RemoveRange(write, buffer.Count - write);
    }

    private static int? Composite(int first, int second, Tables tables)
    {
        if (first is >= LBase and < LBase + LCount && second is >= VBase and < VBase + VCount)
            return SBase + ((first - LBase) * VCount + (second - VBase)) * TCount;
        if (first is >= SBase and < SBase + SCount && (first - SBase) % TCount == 0 && second is > TBase and < TBase + TCount)
            return first + (second - TBase);
        return tables.Compositions.TryGetValue(((long)first << 21) | (uint)second, out var composite) ? composite : null;
    }

    private sealed class Tables
    {
        private readonly List<(int First, int Last, int Class)> _classes = [];

        public Dictionary<int, int[]> Decompositions { get; } = [];

        public Dictionary<long, int> Compositions { get; } = [];

        public int Class(int cp)
        {
            int lo = 0, hi = _classes.Count - 1;
            while (lo <= hi)
            {
                var mid = (lo + hi) / 2;
                var (first, last, cls) = _classes[mid];
                if (cp < first) hi = mid - 1;
                else if (cp > last) lo = mid + 1;
                else return cls;
            }

            return 0;
        }

        public static Tables Load()
        {
            var tables = new Tables();
            static int Hex(string s) => int.Parse(s, NumberStyles.HexNumber, CultureInfo.InvariantCulture);
            var excluded = NfcData.CompositionExclusions.Split(';', StringSplitOptions.RemoveEmptyEntries).Select(Hex).ToHashSet();
            foreach (var entry in NfcData.Decompositions.Split(';', StringSplitOptions.RemoveEmptyEntries))
            {
                var (cp, parts) = (Hex(entry[..entry.IndexOf(':')]), entry[(entry.IndexOf(':') + 1)..].Split(' ').Select(Hex).ToArray());
                tables.Decompositions[cp] = parts;
                if (parts.Length == 2 && !excluded.Contains(cp)) tables.Compositions[((long)parts[0] << 21) | (uint)parts[1]] = cp;
            }

            foreach (var entry in NfcData.CombiningClasses.Split(';', StringSplitOptions.RemoveEmptyEntries))
            {
                var dash = entry.IndexOf('-');
                var colon = entry.IndexOf(':');
                tables._classes.Add((Hex(entry[..dash]), Hex(entry[(dash + 1)..colon]), int.Parse(entry[(colon + 1)..], CultureInfo.InvariantCulture)));
            }

            return tables;
        }
    }
}
