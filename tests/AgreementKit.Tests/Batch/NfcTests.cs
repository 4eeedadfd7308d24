using System.Text;
using AgreementKit.Batch.Names.Unicode;
using CsCheck;

namespace AgreementKit.Tests.Batch;

/// <summary>NFC for names without ICU (the library runs with InvariantGlobalization). Expected values from the Unicode standard's examples.</summary>
public sealed class NfcTests
{
    [Theory]
    [InlineData("e\u0301", "\u00E9")]
    [InlineData("JOSE\u0301", "JOS\u00C9")]
    [InlineData("\u212B", "\u00C5")]                      // ANGSTROM SIGN is a singleton: never composed back
    [InlineData("A\u030A", "\u00C5")]
    [InlineData("\u1E0B\u0323", "\u1E0D\u0307")]          // reordered: dot below (220) before dot above (230)
    [InlineData("q\u0307\u0323", "q\u0323\u0307")]        // no precomposed q with marks: only reordered
    [InlineData("\u1100\u1161\u11A8", "\uAC01")]          // Hangul L V T
    [InlineData("\uAC00\u11A8", "\uAC01")]
    [InlineData("\uF900", "\u8C48")]                      // CJK compatibility ideograph
    [InlineData("\u0344", "\u0308\u0301")]                // excluded non-starter decomposition
    [InlineData("合同编号", "合同编号")]
    [InlineData("HT-2025", "HT-2025")]
    [InlineData("\uD840\uDC00", "\uD840\uDC00")]
    public void Known_forms(string input, string expected) => Assert.Equal(expected, Nfc.Normalize(input));

    [Fact]
    public void Agrees_with_an_independent_implementation_on_generated_vectors()
    {
        var path = Path.Combine(AgreementKit.Tests.Support.RepoPaths.Root, "tests", "AgreementKit.Tests", "Batch", "nfc-vectors.txt");
        static string Text(string hex) => string.Concat(hex.Split(' ').Select(h => char.ConvertFromUtf32(Convert.ToInt32(h, 16))));
        var vectors = File.ReadLines(path).Where(l => !l.StartsWith('#')).Select(l => l.Split('\t')).ToList();
        Assert.True(vectors.Count >= 500);
        foreach (var v in vectors) Assert.Equal(Text(v[1]), Nfc.Normalize(Text(v[0])));
    }

    [Fact]
    public void Normalising_twice_changes_nothing_and_composed_text_is_kept()
    {
        var piece = Gen.OneOf(Gen.Char['a', 'z'].Select(c => c.ToString()), Gen.Char['\u0300', '\u036F'].Select(c => c.ToString()),
            Gen.Char['\u00C0', '\u017F'].Select(c => c.ToString()), Gen.Char['\u1100', '\u11FF'].Select(c => c.ToString()),
            Gen.Char['\uAC00', '\uD7A3'].Select(c => c.ToString()), Gen.Char['\u4E00', '\u9FFF'].Select(c => c.ToString()));
        piece.Array[0, 16].Select(string.Concat).Sample(text =>
        {
            var once = Nfc.Normalize(text);
            Assert.Equal(once, Nfc.Normalize(once));
            Assert.True(Encoding.UTF8.GetByteCount(once) <= Encoding.UTF8.GetByteCount(text) + 3 * text.Length);
        });
    }
}
