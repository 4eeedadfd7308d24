using System.Text;
using AgreementKit.Batch.Names;
using CsCheck;

namespace AgreementKit.Tests.Batch;

public sealed class FileNameSanitizerTests
{
    private static readonly string Out = Path.Combine(Path.GetTempPath(), "ak-out");

    /// <summary>Characters weighted towards trouble: separators, dots, spaces, Windows-forbidden, controls, bidi, combining marks, CJK, astral.</summary>
    private static readonly Gen<string> Piece = Gen.Frequency(
        (6, Gen.Char["abcXYZ019-_"].Select(c => c.ToString())),
        (4, Gen.OneOf("/", "\\", ".", "..", " ", ":", "*", "?", "\"", "<", ">", "|", "\0", "\t", "\n", "\u202E", "\u2066", "\u200B", "\uFEFF", "\uFFFD")),
        (3, Gen.Char['\u4E00', '\u9FFF'].Select(c => c.ToString())),
        (2, Gen.OneOf("CON", "con", "PRN", "aux", "NUL", "COM1", "lpt9", "COM¹", "CONIN$", ".txt", ".docx")),
        (2, Gen.OneOf("e\u0301", "a\u0328\u0301", "\uD83D\uDE00", "\uD840\uDC00", "\uD800", "\uDC00", "\uF900", "Ａ", "‥", "／")));

    private static readonly Gen<string> Name = Gen.Frequency(
        (3, Piece.Array[0, 12].Select(string.Concat)),
        (1, Piece.Array[60, 140].Select(string.Concat)));

    [Theory]
    [InlineData("HT-2025-0001", "HT-2025-0001")]
    [InlineData("../../x", "____x")]
    [InlineData("..\\..\\x", "____x")]
    [InlineData("/etc/passwd", "_etc_passwd")]
    [InlineData("CON", "CON_")]
    [InlineData("con.txt", "con_.txt")]
    [InlineData("COM1", "COM1_")]
    [InlineData("Lpt9.tar.gz", "Lpt9_.tar.gz")]
    [InlineData("CONSOLE", "CONSOLE")]
    [InlineData("a:b*c?d\"e<f>g|h", "a_b_c_d_e_f_g_h")]
    [InlineData("合同. ", "合同")]
    [InlineData(" .hidden", "hidden")]
    [InlineData("", "_")]
    [InlineData("...", "_")]
    [InlineData("甲\u202E乙", "甲_乙")]
    [InlineData("a\tb\nc", "a_b_c")]
    public void Known_names(string raw, string expected) => Assert.Equal(expected, FileNameSanitizer.Sanitize(raw));

    [Fact]
    public void Names_are_nfc_and_content_characters_are_kept()
    {
        Assert.Equal("\u00E9", FileNameSanitizer.Sanitize("e\u0301"));
        // NFC maps U+F900 to U+8C48: acceptable in a name (content is never normalised, names are).
        Assert.Equal("\u8C48", FileNameSanitizer.Sanitize("\uF900"));
        Assert.Equal("繁體與简体", FileNameSanitizer.Sanitize("繁體與简体"));
    }

    [Fact]
    public void Long_names_are_cut_to_255_bytes_on_a_character_boundary()
    {
        var cjk = new string('合', 86);                              // 258 bytes
        Assert.Equal(new string('合', 85), FileNameSanitizer.Sanitize(cjk));
        var marks = string.Concat(Enumerable.Repeat("a\u0328\u0301", 100)); // ą + combining acute: one grapheme, 4 bytes
        var cut = FileNameSanitizer.Sanitize(marks);
        Assert.True(Encoding.UTF8.GetByteCount(cut) <= 255);
        Assert.EndsWith("\u0301", cut);
        var emoji = string.Concat(Enumerable.Repeat("\uD83D\uDE00", 70)); // 280 bytes
        Assert.Equal(string.Concat(Enumerable.Repeat("\uD83D\uDE00", 63)), FileNameSanitizer.Sanitize(emoji));
    }

    [Fact]
    public void Sanitising_is_idempotent_bounded_never_reserved_and_stays_inside_the_folder()
    {
        Name.Sample(raw =>
        {
            var safe = FileNameSanitizer.Sanitize(raw);
            Assert.Equal(safe, FileNameSanitizer.Sanitize(safe));
            Assert.InRange(Encoding.UTF8.GetByteCount(safe), 1, 255);
            Assert.False(FileNameSanitizer.IsReserved(safe));
            Assert.Equal(safe, AgreementKit.Batch.Names.Unicode.Nfc.Normalize(safe));
            Assert.DoesNotContain("..", safe, StringComparison.Ordinal);
            Assert.False(safe.EndsWith('.') || safe.EndsWith(' ') || safe.StartsWith('.') || safe.StartsWith(' '));
            Assert.Equal(-1, safe.IndexOfAny(['/', '\\', ':', '*', '?', '"', '<', '>', '|']));
            Assert.DoesNotContain(safe, char.IsControl);
            Assert.True(IsWellFormed(safe));
            var full = Path.GetFullPath(Path.Combine(Out, safe + ".docx"));
            Assert.Equal(Out, Path.GetDirectoryName(full));
        });
    }

    private static bool IsWellFormed(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1])) i++;
            else if (char.IsSurrogate(text[i])) return false;
        }

        return true;
    }

    [Fact]
    public void A_smaller_budget_is_respected()
    {
        Name.Sample(raw =>
        {
            var safe = FileNameSanitizer.Sanitize(raw, 250);
            Assert.True(Encoding.UTF8.GetByteCount(safe) <= 250);
            Assert.Equal(safe, FileNameSanitizer.Sanitize(safe, 250));
        });
    }
}
