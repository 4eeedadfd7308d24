using System.Globalization;
using System.Text;
using CsCheck;

namespace AgreementKit.Tests.Reliability;

/// <summary>
/// Strings built to break a document generator: XML specials and injection, control characters, lone
/// surrogates, bidi overrides, invisible characters, astral CJK, emoji sequences, Scriban and markup
/// syntax, whitespace at the edges, and very long runs — mixed with ordinary Chinese and Latin text.
/// </summary>
internal static class HostileText
{
    internal static readonly string[] Fragments =
    [
        // XML and WordprocessingML injection
        "&", "<", ">", "\"", "'", "]]>", "</w:t></w:r><w:r><w:t>", "<![CDATA[x]]>", "&amp;", "&#0;", "<?xml?>",
        // template and markup syntax that must stay text
        "{{ 6*7 }}", "{{", "}}", "{{ object.eval_template '{{1}}' }}", "{% raw %}", "## 标题", "### x", "@ref(definitions)", "@ref(", "- z",
        "|", " | ", "@annex 附件", "@party x | y | z", "@signatures", "@pagebreak", "{#key}", "% comment", "@title t", "\\", "\\n", "$", "${x}",
        // CJK: compatibility ideograph, Traditional and Simplified, astral ideographs, full-width forms
        "豈", "臺灣", "台湾", "甲方", "乙方", "𠀀", "𪚥", "𡃁", "𠮷", "（１）", "　", "，", "。", "第一章", "附加条款1",
        // emoji, with joiners, variation selectors and skin tones
        "😀", "👨‍👩‍👧", "❤️", "👍🏽", "🇨🇳",
        // characters the text policy forbids
        "\0", "\t", "\n", "\r", "\u0001", "\u001F", "\u007F", "\u0085", "\u009F", "\uD800", "\uDFFF", "\uFFFE", "\uFFFF", "\uFDD0",
        "\uFDD1", "\uFFFD", "\u202E", "\u202D", "\u2066", "\u2069", "\u200E", "\u200F", "\u061C", "\u200B", "\u200C", "\u200D",
        "\u2060", "\uFEFF", "\u00AD", "\U000E0001",
        // combining marks and other scripts
        "e\u0301", "\u0627\u0644", "Ω", "ß", "İ", "ﬁ",
        // plain text
        "Acme Ltd.", "张三", "上海市浦东新区", "a", " ", "  ", "0", "-1", "1e400", "null", "true",
    ];

    private static readonly Gen<string> Fragment = Gen.Frequency(
        (6, Gen.OneOf(Fragments.Select(Gen.Const).ToArray())),
        (2, Gen.Int[0x20, 0x7E].Select(c => ((char)c).ToString())),
        (2, Gen.Int[0x4E00, 0x9FFF].Select(c => ((char)c).ToString())),
        (1, Gen.Char.Select(c => c.ToString())),
        (1, Gen.Int[0, 0x10FFFF].Where(c => c is < 0xD800 or > 0xDFFF).Select(char.ConvertFromUtf32)));

    private static readonly Gen<string> Long = Gen.Frequency(
        (1, Gen.Int[150, 260].Select(n => new string('长', n))),
        (1, Gen.Int[1, 3].SelectMany(k => Gen.Const(string.Concat(Enumerable.Repeat("&<>'\"", 2000 * k))))),
        (1, Gen.Int[9_000, 12_000].Select(n => new string('A', n))));

    /// <summary>
    /// Fragments the text policy allows and the bundled fonts draw: XML, template and markup syntax,
    /// Chinese (U+F900 included), edge spaces. They carry samples through to the DOCX and PDF checks.
    /// </summary>
    private static readonly Gen<string> Drawable = Gen.Frequency(
        (6, Gen.OneOf(Fragments.Where(IsDrawable).Select(Gen.Const).ToArray())),
        (2, Gen.Int[0x20, 0x7E].Select(c => ((char)c).ToString())),
        (2, Gen.Int[0x4E00, 0x9FA5].Select(c => ((char)c).ToString())));

    /// <summary>One hostile value: a short mix of fragments (half of them drawable only), sometimes a very long run.</summary>
    public static readonly Gen<string> Value = Gen.Frequency(
        (10, Fragment.Array[1, 8].Select(string.Concat)),
        (10, Drawable.Array[1, 8].Select(string.Concat)),
        (1, Long));

    private static bool IsDrawable(string fragment) =>
        fragment.All(c => c is >= ' ' and <= '~' or '\u3000' || c is >= '\u4E00' and <= '\u9FFF' || "豈（１），。".Contains(c));

    /// <summary>A JSON string literal for any .NET string (lone surrogates as escapes, since UTF-8 cannot carry them).</summary>
    public static string JsonLiteral(string value)
    {
        var json = new StringBuilder("\"");
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            if (char.IsHighSurrogate(c) && i + 1 < value.Length && char.IsLowSurrogate(value[i + 1]))
                json.Append(c).Append(value[++i]);
            else if (c is '"' or '\\')
                json.Append('\\').Append(c);
            else if (c < 0x20 || char.IsSurrogate(c))
                json.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture));
            else
                json.Append(c);
        }

        return json.Append('"').ToString();
    }

    /// <summary>How a value prints in a failure report: the text, then every UTF-16 unit in hex.</summary>
    public static string Show(string value)
    {
        var head = value.Length > 120 ? value[..120] + $"… ({value.Length} units)" : value;
        var units = string.Join(" ", value.Take(60).Select(c => ((int)c).ToString("X4", CultureInfo.InvariantCulture)));
        return $"\"{head}\" [{units}{(value.Length > 60 ? " …" : "")}]";
    }

    /// <summary>Sample count: <paramref name="ci"/> unless AK_PROPERTY_ITERATIONS asks for more (or fewer).</summary>
    public static long Iterations(long ci) =>
        long.TryParse(Environment.GetEnvironmentVariable("AK_PROPERTY_ITERATIONS"), out var n) && n > 0 ? n : ci;

    /// <summary>A seed to replay (CsCheck prints the seed of a failure); AK_PROPERTY_SEED.</summary>
    public static string? Seed => Environment.GetEnvironmentVariable("AK_PROPERTY_SEED") is { Length: > 0 } s ? s : null;
}
