using AgreementKit.Markup;
using System.Text;

namespace AgreementKit.Model.Parsing;

/// <summary>
/// Reads the inline content of one markup line: template text, where <c>@ref(key)</c>, <c>|</c> separators
/// and a trailing <c>{#key}</c> mean something, and literal values between <see cref="LiteralMarks"/>,
/// where nothing does.
/// </summary>
internal static class MarkupLineReader
{
    /// <summary>Whether the line's first visible character comes from template text (so it may be a directive).</summary>
    public static bool StartsWithTemplateText(string line) => line.Length > 0 && line[0] != LiteralMarks.Start;

    /// <summary>Splits at <paramref name="separator"/> characters that are template text.</summary>
    public static List<string> Split(string text, char separator)
    {
        var parts = new List<string>();
        var start = 0;
        var literal = false;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == LiteralMarks.Start) literal = true;
            else if (c == LiteralMarks.End) literal = false;
            else if (c == separator && !literal)
            {
                parts.Add(text[start..i]);
                start = i + 1;
            }
        }

        parts.Add(text[start..]);
        return parts;
    }

    /// <summary>Takes a trailing <c>{#key}</c> (template text only) off <paramref name="text"/>.</summary>
    public static (string Text, string? Key) TakeAnchor(string text)
    {
        var trimmed = TrimTemplateSpace(text);
        if (!trimmed.EndsWith('}')) return (trimmed, null);
        var open = trimmed.LastIndexOf("{#", StringComparison.Ordinal);
        if (open < 0 || trimmed.IndexOf(LiteralMarks.Start, open) >= 0) return (trimmed, null);
        var key = trimmed[(open + 2)..^1];
        return IsKey(key) ? (TrimTemplateSpace(trimmed[..open]), key) : (trimmed, null);
    }

    /// <summary>Parses the inline text: literal spans are kept verbatim (marks removed), <c>@ref(key)</c> becomes a reference.</summary>
    public static InlineText Parse(string text, int firstColumn)
    {
        var segments = new List<InlineSegment>();
        var buffer = new StringBuilder();
        var literal = false;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == LiteralMarks.Start) { literal = true; continue; }
            if (c == LiteralMarks.End) { literal = false; continue; }
            if (!literal && c == '@' && string.CompareOrdinal(text, i, "@ref(", 0, 5) == 0)
            {
                var close = text.IndexOf(')', i + 5);
                if (close > 0 && IsKey(text[(i + 5)..close]))
                {
                    if (buffer.Length > 0) { segments.Add(new TextSegment(buffer.ToString())); buffer.Clear(); }
                    segments.Add(new ReferenceSegment(text[(i + 5)..close], firstColumn + i));
                    i = close;
                    continue;
                }
            }

            buffer.Append(c);
        }

        if (buffer.Length > 0 || segments.Count == 0) segments.Add(new TextSegment(buffer.ToString()));
        return new InlineText(segments);
    }

    /// <summary>Keys are what authors type after <c>#</c>: letters, digits, <c>-</c>, <c>_</c> and <c>.</c>.</summary>
    public static bool IsKey(string key) =>
        key.Length is > 0 and <= 100 && key.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.');

    /// <summary>Trims spaces and tabs that belong to the template, leaving a literal value's own spaces alone.</summary>
    public static string TrimTemplateSpace(string text)
    {
        var start = 0;
        while (start < text.Length && text[start] is ' ' or '\t' or '\r') start++;
        var end = text.Length;
        while (end > start && text[end - 1] is ' ' or '\t' or '\r') end--;
        return text[start..end];
    }
}
