using AgreementKit.Comparison;
using AgreementKit.Comparison.Text;
using CsCheck;

namespace AgreementKit.Tests.Comparison;

public sealed class TextDiffTests
{
    [Fact]
    public void A_changed_figure_is_one_deletion_and_one_insertion_of_the_whole_number()
    {
        var segments = TextDiff.Compare("客户保留率不得低于85%。", "客户保留率不得低于88%。");
        Assert.Equal(
            [new(DiffOperation.Equal, "客户保留率不得低于"), new(DiffOperation.Delete, "85"), new(DiffOperation.Insert, "88"), new DiffSegment(DiffOperation.Equal, "%。")],
            segments);
    }

    [Fact]
    public void A_reworded_phrase_is_one_change_not_confetti_of_shared_characters()
    {
        var segments = TextDiff.Compare("乙方应当按时参加培训", "甲方的经理应按月组织培训");
        Assert.True(segments.Count(s => s.Operation == DiffOperation.Delete) <= 2, string.Join("|", segments));
        Assert.Equal("培训", segments[^1].Text);
    }

    [Fact]
    public void Equal_texts_give_one_equal_segment_and_similarity_one()
    {
        Assert.Equal([new DiffSegment(DiffOperation.Equal, "第一章")], TextDiff.Compare("第一章", "第一章"));
        Assert.Equal(1, TextDiff.Similarity("第一章", "第一章"));
        Assert.Equal(0, TextDiff.Similarity("甲", "乙"));
    }

    [Fact]
    public void Numbers_and_Latin_words_are_single_tokens()
    {
        Assert.Equal(["HT", "-", "2026", "-", "0001", "，", "12,345.67", "元"], TextTokens.Split("HT-2026-0001，12,345.67元"));
    }

    [Fact]
    public void Segments_always_rebuild_both_texts()
    {
        var text = Gen.String[Gen.Char['甲', '癸'], 0, 40].Select(s => s.Replace('丁', '1'));
        Gen.Select(text, text).Sample((a, b) =>
        {
            var segments = TextDiff.Compare(a, b);
            return string.Concat(segments.Where(s => s.Operation != DiffOperation.Insert).Select(s => s.Text)) == a
                && string.Concat(segments.Where(s => s.Operation != DiffOperation.Delete).Select(s => s.Text)) == b;
        }, iter: 2000);
    }

    [Fact]
    public void Myers_finds_the_shortest_edit_script()
    {
        Gen.Select(Gen.Int[0, 3].Array[0, 30], Gen.Int[0, 3].Array[0, 30]).Sample((a, b) =>
        {
            var script = MyersDiff.Diff(a, b);
            var kept = script.Where(s => s.Operation == DiffOperation.Equal).Sum(s => s.Count);
            return kept == Lcs(a, b) && Rebuilds(script, a, b);
        }, iter: 2000);
    }

    private static bool Rebuilds(List<EditStep> script, int[] a, int[] b)
    {
        var fromA = new List<int>();
        var fromB = new List<int>();
        int i = 0, j = 0;
        foreach (var step in script)
        {
            for (var k = 0; k < step.Count; k++)
            {
                switch (step.Operation)
                {
                    case DiffOperation.Equal:
                        if (a[i] != b[j]) return false;
                        fromA.Add(a[i++]);
                        fromB.Add(b[j++]);
                        break;
                    case DiffOperation.Delete: fromA.Add(a[i++]); break;
                    default: fromB.Add(b[j++]); break;
                }
            }
        }

        return fromA.SequenceEqual(a) && fromB.SequenceEqual(b);
    }

    private static int Lcs(int[] a, int[] b)
    {
        var t = new int[a.Length + 1, b.Length + 1];
        for (var i = a.Length - 1; i >= 0; i--)
        for (var j = b.Length - 1; j >= 0; j--)
            t[i, j] = a[i] == b[j] ? t[i + 1, j + 1] + 1 : Math.Max(t[i + 1, j], t[i, j + 1]);
        return t[0, 0];
    }
}
