using System.Collections.Concurrent;
using AgreementKit.Layout.Fonts;
using AgreementKit.Layout.Model;

namespace AgreementKit.Layout.Elements;

/// <summary>
/// Laid-out lines of paragraphs seen before, shared by every document and thread. Agreements from one
/// template repeat most of their clauses word for word, and a paragraph's lines depend only on its runs,
/// label, style, width and faces, so a batch measures and breaks each such paragraph once. Lines are
/// immutable, and a hit gives exactly what laying the paragraph out again would. Bounded: when full it
/// starts again empty, so memory stays flat however many distinct paragraphs pass through.
/// </summary>
internal static class ParagraphLayoutCache
{
    private const int Capacity = 4096;

    private static readonly ConcurrentDictionary<Key, (IReadOnlyList<LaidOutLine> Lines, PositionedRun? Label)> Entries = new();

    // ConcurrentDictionary.Count takes every bucket lock, which every document's misses would contend for;
    // a counter of our own is enough to bound the size (a race may let it pass the capacity by a few).
    private static int _count;

    public static bool TryGet(Paragraph paragraph, FontSet fonts, float width, out IReadOnlyList<LaidOutLine> lines, out PositionedRun? label)
    {
        if (Entries.TryGetValue(new Key(paragraph, fonts, width), out var entry))
        {
            (lines, label) = entry;
            return true;
        }
        (lines, label) = ([], null);
        return false;
    }

    public static void Add(Paragraph paragraph, FontSet fonts, float width, IReadOnlyList<LaidOutLine> lines, PositionedRun? label)
    {
        if (Volatile.Read(ref _count) >= Capacity)
        {
            Entries.Clear();
            Interlocked.Exchange(ref _count, 0);
        }
        if (Entries.TryAdd(new Key(paragraph, fonts, width), (lines, label)))
            Interlocked.Increment(ref _count);
    }

    /// <summary>What a paragraph's lines depend on: runs and label (text and style), paragraph style, width and faces.</summary>
    private readonly struct Key(Paragraph paragraph, FontSet fonts, float width) : IEquatable<Key>
    {
        private readonly Paragraph _paragraph = paragraph;
        private readonly FontSet _fonts = fonts;
        private readonly float _width = width;

        public bool Equals(Key other) =>
            _width.Equals(other._width)
            && _paragraph.Style.Equals(other._paragraph.Style)
            && _fonts.HasSameFaces(other._fonts)
            && SameRuns(_paragraph.Runs, other._paragraph.Runs)
            && SameRuns(_paragraph.Label, other._paragraph.Label);

        public override bool Equals(object? obj) => obj is Key other && Equals(other);

        public override int GetHashCode()
        {
            var hash = new HashCode();
            hash.Add(_width);
            hash.Add(_paragraph.Style);
            hash.Add(_fonts.Regular);
            foreach (var run in _paragraph.Runs)
            {
                hash.Add(run.Text);
                hash.Add(run.Style);
            }
            hash.Add(_paragraph.Label?.Count ?? -1);
            return hash.ToHashCode();
        }

        private static bool SameRuns(IReadOnlyList<TextRun>? a, IReadOnlyList<TextRun>? b)
        {
            if (a is null || b is null) return a is null && b is null;
            if (a.Count != b.Count) return false;
            for (var i = 0; i < a.Count; i++)
                if (!string.Equals(a[i].Text, b[i].Text, StringComparison.Ordinal) || !a[i].Style.Equals(b[i].Style))
                    return false;
            return true;
        }
    }
}
