using AgreementKit.Chinese;
using AgreementKit.Templates.Functions;
using CsCheck;

namespace AgreementKit.Tests.Templates.Functions;

/// <summary>
/// Properties over many generated numbers. Digits are drawn half of the time as zero, because zero runs
/// (inside sections, across 万 and 亿, before 角 and 分) are where the written forms go wrong.
/// </summary>
public sealed class ChineseNumberPropertyTests
{
    private static readonly Gen<long> ZeroHeavyNumber =
        Gen.OneOf(Gen.Const(0), Gen.Int[1, 9]).Array[1, 16].Select(digits => digits.Aggregate(0L, (n, d) => n * 10 + d));

    private static readonly Gen<decimal> ZeroHeavyAmount =
        Gen.OneOf(Gen.Const(0), Gen.Int[1, 9]).Array[1, 15].Select(digits => digits.Aggregate(0L, (n, d) => n * 10 + d) / 100m);

    [Fact]
    public void Lower_numerals_read_back_as_the_number_written()
    {
        ZeroHeavyNumber.Sample(n =>
        {
            foreach (var script in new[] { ChineseScript.Simplified, ChineseScript.Traditional })
                Assert.Equal(n, ChineseNumberReader.ReadNumber(ChineseNumerals.ToLower(n, script)));
        }, iter: 20_000);
    }

    [Fact]
    public void Lower_numerals_never_write_zero_twice_or_at_the_end()
    {
        ZeroHeavyNumber.Where(n => n > 0).Sample(n =>
        {
            var text = ChineseNumerals.ToLower(n, ChineseScript.Simplified);
            Assert.DoesNotContain("零零", text, StringComparison.Ordinal);
            Assert.False(text.EndsWith('零'), text);
            Assert.False(text.StartsWith('零'), text);
        }, iter: 20_000);
    }

    [Fact]
    public void Money_in_words_reads_back_as_the_amount_in_both_scripts()
    {
        ZeroHeavyAmount.Sample(amount =>
        {
            foreach (var script in new[] { ChineseScript.Simplified, ChineseScript.Traditional })
                Assert.Equal(amount, ChineseNumberReader.ReadAmount(ChineseMoney.ToUpper(amount, "CNY", script)));
        }, iter: 20_000);
    }

    [Fact]
    public void Money_in_words_writes_each_zero_run_once_and_never_before_a_unit()
    {
        ZeroHeavyAmount.Sample(amount =>
        {
            var text = ChineseMoney.ToUpper(amount, "CNY", ChineseScript.Simplified);
            Assert.DoesNotContain("零零", text, StringComparison.Ordinal);
            if (amount != 0)
            {
                // 零 stands between two written digits; a unit right after it means a zero was spelt as a digit.
                foreach (var unit in "拾佰仟万亿元角分整")
                    Assert.DoesNotContain("零" + unit, text, StringComparison.Ordinal);
            }
            // 整 closes exactly the amounts without 分.
            Assert.Equal(amount * 100 % 10 == 0, text.EndsWith('整'));
        }, iter: 20_000);
    }
}
