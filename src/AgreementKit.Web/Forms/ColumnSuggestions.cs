using AgreementKit.Parameters;

namespace AgreementKit.Web.Forms;

/// <summary>
/// Proposes a field for each column header of an HR export: a header that is already a parameter path, the
/// column map the user uploaded, else the field whose label (in the batch's edition) or key matches the header
/// best. A header that fits several fields equally well (邮箱: the company's or the rep's?) or none (部门编码)
/// gets no proposal: the page sets it to 不使用 and flags it, so the user chooses rather than the page guessing wrong.
/// </summary>
internal static class ColumnSuggestions
{
    // What HR systems call the fields of an agreement; each word points at the keys it usually means.
    private static readonly (string[] Words, string[] Keys)[] Synonyms =
    [
        (["姓名", "名字", "员工姓名", "員工姓名"], ["name"]),
        (["工号", "員工編號", "员工编号", "员工号", "工號", "职工号", "職工號"], ["employeeId"]),
        (["部门", "部門"], ["department"]),
        (["岗位", "職位", "职位", "崗位", "职务", "職務"], ["position"]),
        (["邮箱", "电子邮箱", "郵箱", "電子郵箱", "電子信箱", "email", "e-mail"], ["email"]),
        (["地址", "通讯地址", "通訊地址", "住址"], ["address"]),
        (["开始日期", "起始日期", "生效日期", "開始日期", "生效日", "起始日"], ["start"]),
        (["结束日期", "终止日期", "到期日期", "届满日期", "結束日期", "終止日期", "到期日", "屆滿日期"], ["end"]),
        (["合同编号", "协议编号", "合同號", "契約編號", "合約編號", "協議編號", "合同編號"], ["number"]),
        (["签订日期", "签约日期", "簽訂日期", "簽約日期"], ["signDate"]),
        (["签订地点", "签约地点", "簽訂地點", "簽約地點"], ["signPlace"]),
    ];

    /// <summary>One proposal: the field and where it came from (<c>header</c>, <c>map</c> or <c>suggested</c>).</summary>
    public sealed record Suggestion(string Path, string Source);

    public static IReadOnlyDictionary<string, Suggestion> For(IReadOnlyList<string> headers, IReadOnlyList<FormField> fields, IReadOnlyDictionary<string, string> map)
    {
        var result = new Dictionary<string, Suggestion>(StringComparer.Ordinal);
        var byPath = fields.ToDictionary(f => f.Path, StringComparer.Ordinal);
        foreach (var header in headers.Distinct(StringComparer.Ordinal))
        {
            if (map.TryGetValue(header.Trim(), out var mapped) && byPath.ContainsKey(mapped)) result[header] = new Suggestion(mapped, "map");
            else if (byPath.ContainsKey(header)) result[header] = new Suggestion(header, "header");
            else if (Best(header, fields) is { } path) result[header] = new Suggestion(path, "suggested");
        }

        // Two columns never get the same proposal: the later one is left for the user.
        var taken = new HashSet<string>(StringComparer.Ordinal);
        foreach (var header in headers.Where(result.ContainsKey).ToList())
            if (!taken.Add(result[header].Path) && result[header].Source == "suggested") result.Remove(header);
        return result;
    }

    private static string? Best(string header, IReadOnlyList<FormField> fields)
    {
        var text = Normalize(header);
        if (text.Length == 0) return null;
        var scored = fields.Select(f => (f.Path, Score: Score(text, f))).Where(s => s.Score > 0).OrderByDescending(s => s.Score).ToList();
        if (scored.Count == 0) return null;
        return scored.Count == 1 || scored[0].Score > scored[1].Score ? scored[0].Path : null;
    }

    private static double Score(string header, FormField field)
    {
        var label = Normalize(field.Label);
        var key = field.Key;
        if (label == header) return 100;
        if (string.Equals(key, header, StringComparison.OrdinalIgnoreCase)) return 95;
        var score = 0.0;
        if (label.Length > 0 && (label.Contains(header, StringComparison.Ordinal) || header.Contains(label, StringComparison.Ordinal)))
            score = 60 + 30.0 * Math.Min(label.Length, header.Length) / Math.Max(label.Length, header.Length);
        foreach (var (words, keys) in Synonyms)
            if (keys.Contains(key, StringComparer.Ordinal) && words.Any(w => string.Equals(Normalize(w), header, StringComparison.OrdinalIgnoreCase)))
                score = Math.Max(score, 50 + Overlap(header, label) * 10);
        if (score == 0 && header.All(char.IsAscii) && KeySuggestion.Closest(header, [key]) is not null) score = 40;
        return score;
    }

    /// <summary>The share of the header's characters the label has: 邮箱 in 乙方电子邮箱 → 1.</summary>
    private static double Overlap(string header, string label) => header.Length == 0 ? 0 : (double)header.Count(label.Contains) / header.Length;

    private static string Normalize(string text) =>
        new string(text.Where(c => !char.IsWhiteSpace(c) && !char.IsPunctuation(c) && c is not ('（' or '）' or '*' or '＊')).ToArray());
}
