using System.Globalization;

namespace AgreementKit.Web.Pages;

/// <summary>
/// The interface text in both scripts. zh-Hant follows Taiwan usage, not only its characters: 列 is a row
/// and 欄 a column there (行 and 列 in mainland usage), 檔案, 資料, 預設, 範本, 批次. The page's language is
/// the edition the user chose.
/// </summary>
internal sealed class UiText
{
    private static readonly Dictionary<string, (string Hans, string Hant)> Table = new(StringComparer.Ordinal)
    {
        ["app"] = ("AgreementKit 协议生成", "AgreementKit 協議產生"),
        ["home"] = ("首页", "首頁"),
        ["single"] = ("填写单份协议", "填寫單份協議"),
        ["batch"] = ("批量续签", "批次續約"),
        ["otherScript"] = ("繁體中文", "简体中文"),
        ["footer"] = ("在本机运行，无账号，不保存数据：批量任务的临时文件在服务停止或保留期满后删除。", "在本機執行，無帳號，不儲存資料：批次工作的暫存檔在服務停止或保留期滿後刪除。"),
        ["homeTitle"] = ("选择要生成的协议", "選擇要產生的協議"),
        ["homeIntro"] = ("填写表单，边写边看预览，然后下载 Word 或 PDF。", "填寫表單，邊寫邊看預覽，然後下載 Word 或 PDF。"),
        ["edition.zh-Hans"] = ("简体中文版（中国大陆）", "簡體中文版（中國大陸）"),
        ["edition.zh-Hant"] = ("繁体中文版（台湾）", "繁體中文版（臺灣）"),
        ["version"] = ("版本", "版本"),
        ["batchIntro"] = ("人事部门：上传 Excel 或 CSV 导出文件，先检查每一行，再一次生成全部协议，下载 ZIP。", "人資部門：上傳 Excel 或 CSV 匯出檔，先檢查每一列，再一次產生全部協議，下載 ZIP。"),
        ["open"] = ("打开", "開啟"),

        ["basics"] = ("基本选项", "基本選項"),
        ["required"] = ("必填", "必填"),
        ["choose"] = ("请选择…", "請選擇…"),
        ["leaveOut"] = ("（不填）", "（不填）"),
        ["yes"] = ("是", "是"),
        ["no"] = ("否", "否"),
        ["pickDate"] = ("从日历选择", "從日曆選擇"),
        ["addItem"] = ("添加一项", "新增一項"),
        ["removeItem"] = ("删除此项", "刪除此項"),
        ["jsonValue"] = ("以 JSON 填写", "以 JSON 填寫"),
        ["range"] = ("范围", "範圍"),
        ["chars"] = ("字", "字"),

        ["downloadDocx"] = ("下载 Word（DOCX）", "下載 Word（DOCX）"),
        ["downloadPdf"] = ("下载 PDF", "下載 PDF"),
        ["downloadPdfa"] = ("下载 PDF/A（存档）", "下載 PDF/A（歸檔）"),
        ["downloadJson"] = ("下载参数文件（JSON）", "下載參數檔（JSON）"),
        ["loadJson"] = ("载入参数文件…", "載入參數檔…"),
        ["otherEdition"] = ("切换版本", "切換版本"),
        ["preview"] = ("预览", "預覽"),
        ["previewTitle"] = ("协议预览（与 DOCX、PDF 编号相同）", "協議預覽（與 DOCX、PDF 編號相同）"),
        ["problems"] = ("问题清单", "問題清單"),
        ["checking"] = ("正在检查…", "正在檢查…"),
        ["noProblems"] = ("没有发现问题，可以下载。", "沒有發現問題，可以下載。"),
        ["problemCount"] = ("{0} 个问题需要修正，修正后才能下载 DOCX 或 PDF。", "{0} 個問題需要修正，修正後才能下載 DOCX 或 PDF。"),
        ["warningCount"] = ("{0} 条提示", "{0} 則提示"),
        ["previewStale"] = ("预览停在上一次正确的内容：请先修正问题。", "預覽停在上一次正確的內容：請先修正問題。"),
        ["notANumber"] = ("请输入数字。", "請輸入數字。"),
        ["badJson"] = ("不是有效的 JSON。", "不是有效的 JSON。"),
        ["busy"] = ("服务器正忙，请稍后再试。", "伺服器忙碌中，請稍後再試。"),
        ["offline"] = ("无法连接本机服务，请确认 agreementkit serve 仍在运行。", "無法連線本機服務，請確認 agreementkit serve 仍在執行。"),
        ["loaded"] = ("已载入 {0}", "已載入 {0}"),
        ["fileProblems"] = ("载入的文件中的问题（与命令行 validate 相同）", "載入的檔案中的問題（與命令列 validate 相同）"),
        ["fileTooLarge"] = ("文件超过 4 MB，参数文件不会这么大。", "檔案超過 4 MB，參數檔不會這麼大。"),
        ["fileNotObject"] = ("文件不是一个 JSON 对象，表单未改变。", "檔案不是一個 JSON 物件，表單未變更。"),
        ["blocked"] = ("下载前请先修正问题清单中的问题。", "下載前請先修正問題清單中的問題。"),
        ["downloadFailed"] = ("无法生成文件", "無法產生檔案"),
        ["back"] = ("用浏览器的“返回”回到表单，已填写的内容仍在。", "用瀏覽器的「上一頁」回到表單，已填寫的內容仍在。"),

        ["step1"] = ("1. 上传文件", "1. 上傳檔案"),
        ["step2"] = ("2. 对应列与字段", "2. 對應欄與欄位"),
        ["step3"] = ("3. 检查每一行", "3. 檢查每一列"),
        ["step4"] = ("4. 生成并下载", "4. 產生並下載"),
        ["pack"] = ("协议模板", "協議範本"),
        ["dataFile"] = ("数据文件（.xlsx、.csv 或 .jsonl）", "資料檔（.xlsx、.csv 或 .jsonl）"),
        ["defaultsFile"] = ("默认值文件（可选，JSON：公司、目标、期限等所有行相同的内容）", "預設值檔（選填，JSON：公司、目標、期限等所有列相同的內容）"),
        ["mapFile"] = ("列对应文件（可选，JSON：列标题 → 字段）", "欄對應檔（選填，JSON：欄標題 → 欄位）"),
        ["encoding"] = ("CSV 编码", "CSV 編碼"),
        ["encodingUtf8"] = ("UTF-8（推荐）", "UTF-8（建議）"),
        ["encodingGb"] = ("GB18030 / GBK（中文 Windows 版 Excel）", "GB18030 / GBK（中文 Windows 版 Excel）"),
        ["formats"] = ("输出格式", "輸出格式"),
        ["pdfa"] = ("PDF 用 PDF/A 存档格式", "PDF 用 PDF/A 歸檔格式"),
        ["namePattern"] = ("文件名（花括号中为字段，{row} 为行号）", "檔名（大括號中為欄位，{row} 為列號）"),
        ["upload"] = ("上传并读取列标题", "上傳並讀取欄標題"),
        ["uploadLimit"] = ("上传上限 {0} MB。", "上傳上限 {0} MB。"),
        ["header"] = ("列标题", "欄標題"),
        ["sample"] = ("第一行的值", "第一列的值"),
        ["field"] = ("对应字段", "對應欄位"),
        ["suggested"] = ("建议", "建議"),
        ["fromMap"] = ("来自对应文件", "來自對應檔"),
        ["ignore"] = ("不使用", "不使用"),
        ["unmatched"] = ("未识别，暂不使用", "未識別，暫不使用"),
        ["mapNote"] = ("为每一列选择对应的字段，或选“不使用”：不使用的列在检查和生成前去掉，结果与命令行 batch 处理去掉这些列后的文件相同。", "為每一欄選擇對應的欄位，或選「不使用」：不使用的欄在檢查和產生前去除，結果與命令列 batch 處理去除這些欄後的檔案相同。"),
        ["ignoredNote"] = ("{0} 列不使用（生成时当作文件中没有这些列）：{1}。如果其中有协议需要的内容，请为它选择字段。", "{0} 欄不使用（產生時視同檔案中沒有這些欄）：{1}。如果其中有協議需要的內容，請為它選擇欄位。"),
        ["staleColumns"] = ("页面上的列与服务器上的上传文件不一致，请重新载入页面。", "頁面上的欄與伺服器上的上傳檔案不一致，請重新載入頁面。"),
        ["check"] = ("检查所有行", "檢查所有列"),
        ["checkSummary"] = ("共 {0} 行：{1} 行可以生成，{2} 行有错误。", "共 {0} 列：{1} 列可以產生，{2} 列有錯誤。"),
        ["row"] = ("行", "列"),
        ["column"] = ("列", "欄"),
        ["code"] = ("代码", "代碼"),
        ["message"] = ("说明", "說明"),
        ["warning"] = ("提示", "提示"),
        ["run"] = ("生成协议", "產生協議"),
        ["cancel"] = ("取消", "取消"),
        ["progress"] = ("已完成 {0} / {1} 行 · 每秒 {2} 行 · 错误 {3} 行", "已完成 {0} / {1} 列 · 每秒 {2} 列 · 錯誤 {3} 列"),
        ["finished"] = ("完成：{0} 份文件，{1} 行失败，用时 {2} 秒（每秒 {3} 份）。", "完成：{0} 份檔案，{1} 列失敗，耗時 {2} 秒（每秒 {3} 份）。"),
        ["downloadZip"] = ("下载 ZIP（文件 + errors.csv + manifest.jsonl）", "下載 ZIP（檔案 + errors.csv + manifest.jsonl）"),
        ["downloadErrors"] = ("下载错误报告（errors.csv）", "下載錯誤報告（errors.csv）"),
        ["retention"] = ("上传的文件和结果保留 {0} 分钟，之后自动删除。", "上傳的檔案和結果保留 {0} 分鐘，之後自動刪除。"),
        ["cancelled"] = ("已取消，临时文件已删除。", "已取消，暫存檔已刪除。"),
        ["batchFailed"] = ("批量任务无法进行：", "批次工作無法進行："),
        ["otherBatch"] = ("已有一个批量任务在运行（{0}），一次只能运行一个；请等它完成或取消它。", "已有一個批次工作在執行（{0}），一次只能執行一個；請等它完成或取消它。"),
        ["startOver"] = ("重新开始", "重新開始"),
        ["noBatch"] = ("还没有上传文件。", "還沒有上傳檔案。"),
    };

    private static readonly Dictionary<string, (string Hans, string Hant)> Codes = new(StringComparer.Ordinal)
    {
        ["AK1001"] = ("编码不是 UTF-8", "編碼不是 UTF-8"),
        ["AK1002"] = ("JSON 格式错误", "JSON 格式錯誤"),
        ["AK1003"] = ("重复的键", "重複的鍵"),
        ["AK1004"] = ("内容过长", "內容過長"),
        ["AK1005"] = ("嵌套过深", "巢狀過深"),
        ["AK1006"] = ("文件为空", "檔案為空"),
        ["AK1101"] = ("缺少必填项", "缺少必填項目"),
        ["AK1102"] = ("类型不符", "型別不符"),
        ["AK1103"] = ("不是可选的值", "不是可選的值"),
        ["AK1104"] = ("超出范围", "超出範圍"),
        ["AK1105"] = ("日期无效", "日期無效"),
        ["AK1106"] = ("未知的字段", "未知的欄位"),
        ["AK1107"] = ("值为 null", "值為 null"),
        ["AK1108"] = ("内容为空", "內容為空"),
        ["AK1109"] = ("长度不符", "長度不符"),
        ["AK1110"] = ("格式不符", "格式不符"),
        ["AK1111"] = ("与其他字段冲突", "與其他欄位衝突"),
        ["AK1112"] = ("不符合要求", "不符合要求"),
        ["AK12"] = ("含有不允许的字符", "含有不允許的字元"),
        ["AK2"] = ("模板问题", "範本問題"),
        ["AK3"] = ("模板结构问题", "範本結構問題"),
        ["AK4001"] = ("字体缺少字符", "字型缺少字元"),
        ["AK4"] = ("无法生成文件", "無法產生檔案"),
        ["AK5"] = ("批量数据问题", "批次資料問題"),
    };

    private readonly bool _traditional;

    private UiText(string locale)
    {
        Locale = locale;
        _traditional = locale == "zh-Hant";
    }

    public static UiText Simplified { get; } = new("zh-Hans");

    public static UiText Traditional { get; } = new("zh-Hant");

    /// <summary>The interface language: zh-Hant for a zh-Hant edition, zh-Hans for everything else.</summary>
    public string Locale { get; }

    public static UiText For(string? locale) => locale == "zh-Hant" ? Traditional : Simplified;

    public string this[string key] => Table.TryGetValue(key, out var text) ? (_traditional ? text.Hant : text.Hans) : throw new KeyNotFoundException(key);

    public string Format(string key, params object[] values) => string.Format(CultureInfo.InvariantCulture, this[key], values);

    /// <summary>A short Chinese name for a diagnostic code, shown before the engine's own message.</summary>
    public string CodeName(string code)
    {
        foreach (var prefix in new[] { code, code.Length >= 4 ? code[..4] : code, code.Length >= 3 ? code[..3] : code })
            if (Codes.TryGetValue(prefix, out var name)) return _traditional ? name.Hant : name.Hans;
        return code;
    }

    /// <summary>Every text the page's script needs, for the page to embed.</summary>
    public IReadOnlyDictionary<string, string> ForScript() =>
        Table.Keys.ToDictionary(k => k, k => this[k], StringComparer.Ordinal);
}
