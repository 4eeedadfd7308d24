using AgreementKit.Chinese;

namespace AgreementKit.Model.Numbering;

/// <summary>The words numbering uses, per script: 条/條, 附加条款/附加條款.</summary>
internal sealed record NumberingLabels(string ArticleWord, string SupplementaryWord)
{
    private static readonly NumberingLabels Simplified = new("条", "附加条款");
    private static readonly NumberingLabels Traditional = new("條", "附加條款");

    public static NumberingLabels For(string locale) => locale == "zh-Hant" ? Traditional : Simplified;

    public string Chapter(int n, ChapterStyle style) => $"第{Count(n)}{(style == ChapterStyle.Article ? ArticleWord : "章")}";

    public static string Clause(int chapter, int clause) => $"{chapter}.{clause}";

    public string Supplementary(int n) => SupplementaryWord + n;

    public static string Annex(int n) => Count(n) + "、";

    public static string Item(int n) => $"（{n}）";

    /// <summary>Section numbers use lower-case numerals, which are the same in both scripts below 10,000.</summary>
    public static string Count(int n) => ChineseNumerals.ToLower(n, ChineseScript.Simplified);
}
