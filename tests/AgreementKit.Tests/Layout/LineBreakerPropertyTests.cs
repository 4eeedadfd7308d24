using AgreementKit.Layout.Text;
using CsCheck;

namespace AgreementKit.Tests.Layout;

public class LineBreakerPropertyTests
{
    // A piece of generated text; [AtomStart, AtomEnd) is a word or number that must not be split.
    private sealed record Token(string Text, int AtomStart = 0, int AtomEnd = 0);

    private static readonly Gen<string> Han = Gen.Char['\u4E00', '\u9FA5'].Array[1, 6].Select(a => new string(a));

    private static readonly Gen<string> Closing = Gen.OneOf("，", "。", "、", "；", "：", "？", "！", "）", "」", "》", "”", "’", "％", "‰", "·", ",", ".", ";", ":", "?", "!", ")", "%");

    private static readonly Gen<string> Opening = Gen.OneOf("（", "［", "《", "“", "‘", "「", "『", "【", "(", "[");

    private static readonly Gen<Token> Tokens = Gen.OneOf(
        Han.Select(h => new Token(h)),
        Gen.Select(Han, Closing, (h, c) => new Token(h + c)),
        Gen.Select(Opening, Han, Closing, (o, h, c) => new Token(o + h + c)),
        Gen.Select(Han, Gen.OneOf("……", "——"), (h, p) => new Token(h + p)),
        Gen.Char['a', 'z'].Array[1, 8].Select(w => new Token(" " + new string(w) + " ", 1, 1 + w.Length)),
        Gen.Select(Han, Gen.Int[0, 999], Gen.Int[0, 9], (h, i, d) => Atom(h, $"{i}.{d}%")),
        Gen.Select(Han, Gen.Int[1, 999], Gen.Int[0, 999], (h, i, j) => Atom(h, $"{i},{j:000}")),
        Gen.Select(Han, Gen.Int[0, 99], (h, i) => Atom(h, $"{i}‰")));

    private static Token Atom(string before, string atom) => new(before + atom, before.Length, before.Length + atom.Length);

    [Fact]
    public void Random_chinese_text_breaks_by_the_rules()
    {
        Gen.Select(Tokens.Array[1, 40], Gen.Int[16, 80]).Sample((tokens, halfEms) =>
        {
            var width = halfEms / 2f;
            var text = string.Concat(tokens.Select(t => t.Text));
            var (lines, spans) = BreakHelper.Break(text, width);

            Assert.Equal(text, string.Concat(lines));
            Assert.All(spans, s => Assert.False(s.Forced));
            Assert.All(spans, s => Assert.True(s.Width <= width + 0.001f, $"line of {s.Width} em in {width}"));
            for (var i = 1; i < lines.Count; i++)
            {
                var previous = lines[i - 1];
                var current = lines[i];
                Assert.False(BreakRules.CannotStartLine(char.ConvertToUtf32(current, 0)), $"line starts with {current[0]}: {current}");
                var last = previous[^1];
                Assert.False(BreakRules.CannotEndLine(last), $"line ends with {last}: {previous}");
                Assert.False(previous.EndsWith('…') && current.StartsWith('…'), "…… split");
                Assert.False(previous.EndsWith('—') && current.StartsWith('—'), "—— split");
            }

            // No line boundary falls inside a word or number.
            var boundaries = new HashSet<int>();
            var offset = 0;
            foreach (var line in lines.SkipLast(1))
                boundaries.Add(offset += line.Length);
            var position = 0;
            foreach (var token in tokens)
            {
                for (var k = position + token.AtomStart + 1; k < position + token.AtomEnd; k++)
                    Assert.False(boundaries.Contains(k), $"'{token.Text}' split");
                position += token.Text.Length;
            }
        }, iter: 2000);
    }
}
