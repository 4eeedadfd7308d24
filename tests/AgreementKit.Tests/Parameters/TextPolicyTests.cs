using AgreementKit.Diagnostics;
using AgreementKit.Parameters;
using Newtonsoft.Json.Linq;
using static AgreementKit.Tests.Parameters.TestPack;

namespace AgreementKit.Tests.Parameters;

public sealed class TextPolicyTests
{
    /// <summary>The valid document with company.name set to <paramref name="name"/>, built in code so any string fits.</summary>
    private static IReadOnlyList<Diagnostic> ValidateName(string name)
    {
        var document = Read(Valid);
        // Changing the value in place keeps the token, and with it the location read from the file.
        ((JValue)document["company"]!["name"]!).Value = name;
        return Schema.Validate(document, "params.json");
    }

    /// <summary>
    /// The code point as a string; a surrogate stays a lone UTF-16 unit. Code points, not strings, are the
    /// theory data because the test runner's own serialisation turns lone surrogates into U+FFFD.
    /// </summary>
    internal static string Text(int codePoint) =>
        codePoint is >= 0xD800 and <= 0xDFFF ? ((char)codePoint).ToString() : char.ConvertFromUtf32(codePoint);

    [Theory]
    [InlineData(0x0009, "AK1201")]
    [InlineData(0x000A, "AK1201")]
    [InlineData(0x000D, "AK1201")]
    [InlineData(0x0000, "AK1201")]
    [InlineData(0x007F, "AK1201")]
    [InlineData(0x0085, "AK1201")]
    [InlineData(0x009F, "AK1201")]
    [InlineData(0xD800, "AK1202")]
    [InlineData(0xDBFF, "AK1202")]
    [InlineData(0xDC00, "AK1202")]
    [InlineData(0xDFFF, "AK1202")]
    [InlineData(0x202A, "AK1203")]
    [InlineData(0x202E, "AK1203")]
    [InlineData(0x2066, "AK1203")]
    [InlineData(0x2069, "AK1203")]
    [InlineData(0x200E, "AK1203")]
    [InlineData(0x200F, "AK1203")]
    [InlineData(0x061C, "AK1203")]
    [InlineData(0x200B, "AK1204")]
    [InlineData(0xFEFF, "AK1204")]
    [InlineData(0x00AD, "AK1204")]
    [InlineData(0x2060, "AK1204")]
    [InlineData(0x200D, "AK1204")]
    [InlineData(0xE0001, "AK1204")]
    [InlineData(0xFDD0, "AK1205")]
    [InlineData(0xFDD1, "AK1205")]
    [InlineData(0xFDEF, "AK1205")]
    [InlineData(0xFFFE, "AK1205")]
    [InlineData(0xFFFF, "AK1205")]
    [InlineData(0x1FFFE, "AK1205")]
    [InlineData(0x10FFFF, "AK1205")]
    [InlineData(0xFFFD, "AK1206")]
    public void Forbidden_code_points_are_rejected_by_field_and_code_point(int codePoint, string code)
    {
        var error = Single(ValidateName("a" + Text(codePoint) + "b"), code);

        AssertAt(error, 3, 13, "company.name");
        Assert.StartsWith($"company.name contains {TextEcho.CodePoint(codePoint)}, ", error.Message, StringComparison.Ordinal);
        Assert.Contains("at character 2", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("\u200D😀")]
    [InlineData("😀\u200D")]
    [InlineData("张\u200D三")]
    [InlineData("😀\u200D\u200D😀")]
    public void Zero_width_joiner_outside_an_emoji_sequence_is_rejected(string name)
    {
        var error = Single(ValidateName(name), DiagnosticCodes.FormatCharacter);
        Assert.StartsWith("company.name contains U+200D, ", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("👨\u200D👩\u200D👧")]          // family: ZWJ between emoji
    [InlineData("👍🏽\u200D👍")]               // skin tone before the ZWJ
    [InlineData("❤\uFE0F\u200D🔥")]            // variation selector before the ZWJ
    [InlineData("\uF900")]                      // U+F900 is not normalised to U+8C48
    [InlineData("臺灣銀行股份有限公司")]          // Traditional stays Traditional
    [InlineData("𠀀𪚥")]                         // astral CJK
    [InlineData("葛\U000E0100")]                // ideographic variation selector
    [InlineData("O'Brien & Co. <Ltd> \"x\" {{ y }}")]
    [InlineData("\uE000")]                      // private use is data, not a control
    public void Legitimate_text_is_accepted_exactly(string name)
    {
        var document = Read(Valid);
        ((JValue)document["company"]!["legalRepresentative"]!).Value = name;

        Assert.Empty(Schema.Validate(document, "params.json"));
        Assert.Equal(name, (string)document["company"]!["legalRepresentative"]!, StringComparer.Ordinal);
    }

    [Fact]
    public void Text_read_from_a_file_is_kept_code_unit_for_code_unit()
    {
        var document = Read("{\"a\": \"\uF900臺灣 \U00020000 👨\u200D👩\u200D👧\"}");
        Assert.Equal("\uF900臺灣 \U00020000 👨\u200D👩\u200D👧", (string)document["a"]!, StringComparer.Ordinal);
    }

    [Theory]
    [InlineData("", "company.name is empty")]
    [InlineData("   ", "company.name holds only spaces")]
    [InlineData("\u3000\u3000", "company.name holds only spaces")]
    public void Blank_text_is_rejected(string name, string start)
    {
        var error = Single(ValidateName(name), DiagnosticCodes.BlankText);
        AssertAt(error, 3, 13, "company.name");
        Assert.StartsWith(start, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Keys_are_checked_too()
    {
        var document = Read(Valid);
        ((JObject)document["company"]!).Add("nа\u202Eme", "x");

        var error = Single(Schema.Validate(document, "params.json"), DiagnosticCodes.BidiControl);

        Assert.Equal("company.nа\u202Eme", error.Location.Path);
        Assert.StartsWith("the key 'nа\\u{202E}me' in company contains U+202E", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Echoed_values_are_cut_to_eighty_characters_and_never_carry_the_forbidden_character()
    {
        var name = new string('长', 200) + "\u202E";

        var error = Single(ValidateName(name), DiagnosticCodes.BidiControl);

        var echoed = error.Message[(error.Message.IndexOf(": '", StringComparison.Ordinal) + 3)..^1];
        Assert.Equal(80, echoed.Length);
        Assert.EndsWith("…", echoed, StringComparison.Ordinal);
        Assert.DoesNotContain('\u202E', error.Message);
        Assert.Contains("at character 201", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Short_values_are_echoed_whole_with_forbidden_characters_made_visible()
    {
        Assert.Equal("'ab\\u{202E}c'", TextEcho.Quote("ab\u202Ec"));
        Assert.Equal("'" + new string('x', 80) + "'", TextEcho.Quote(new string('x', 80)));
        Assert.Equal("'" + new string('x', 79) + "…'", TextEcho.Quote(new string('x', 81)));
        // A surrogate pair is never cut in half.
        Assert.Equal("'" + new string('x', 78) + "…'", TextEcho.Quote(new string('x', 78) + "😀😀"));
    }

    [Fact]
    public void Several_forbidden_characters_in_one_value_give_one_error_with_a_count()
    {
        var error = Assert.Single(ValidateName("\u200Ba\u202Eb\t"));
        Assert.Equal(DiagnosticCodes.FormatCharacter, error.Code);
        Assert.Contains("at character 1 (and 2 more not allowed)", error.Message, StringComparison.Ordinal);
    }
}
