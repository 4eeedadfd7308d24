namespace AgreementKit.Model.Numbering;

/// <summary>Lower-case Chinese numerals for section numbers (一 … 九十九 … 一百零五); the same in both scripts.</summary>
internal static class ChineseCount
{
    private const string Digits = "零一二三四五六七八九";

    public static string Format(int n)
    {
        if (n is < 1 or > 999) throw new ArgumentOutOfRangeException(nameof(n), n, "section numbers run from 1 to 999");
        var hundreds = n / 100;
        var tens = n / 10 % 10;
        var ones = n % 10;
        var text = hundreds > 0 ? Digits[hundreds] + "百" : string.Empty;
        if (tens > 0) text += (tens == 1 && hundreds == 0 ? string.Empty : Digits[tens].ToString()) + "十";
        else if (hundreds > 0 && ones > 0) text += "零";
        if (ones > 0) text += Digits[ones];
        return text;
    }
}
