using System.Security.Cryptography;
using System.Text;
using AgreementKit.Batch;
using AgreementKit.Tests.Support;
using Newtonsoft.Json.Linq;

namespace AgreementKit.Tests.Batch;

/// <summary>Data files and folders for batch tests: the example parameters as defaults, HR-style CSV exports, folder digests.</summary>
internal static class BatchData
{
    public const string Crm = "sales-crm-responsibility";
    public const string Agent = "agent-loyalty-strategy";

    /// <summary>The Chinese headers of an HR export and the paths they stand for (the --map of the acceptance check).</summary>
    public static readonly IReadOnlyDictionary<string, string> HrMap = new Dictionary<string, string>
    {
        ["合同编号"] = "contract.number", ["姓名"] = "salesperson.name", ["工号"] = "salesperson.employeeId",
        ["开始日期"] = "term.start", ["结束日期"] = "term.end",
    };

    public static AgreementEngine Engine => ExampleCases.Engine;

    /// <summary>The pack's zh-Hans (or first) example, optionally changed, as a defaults object.</summary>
    public static JObject Example(string pack = Crm, Action<JObject>? change = null)
    {
        var p = Engine.GetPack(pack);
        var json = JObject.Parse(p.GetExample(p.Locales.Contains("zh-Hans") ? "zh-Hans" : p.Locales[0])!);
        change?.Invoke(json);
        return json;
    }

    public static string WriteJson(string folder, string name, JObject json)
    {
        var path = Path.Combine(folder, name);
        File.WriteAllText(path, json.ToString(Newtonsoft.Json.Formatting.Indented), new UTF8Encoding(false));
        return path;
    }

    /// <summary>Writes CSV lines as Excel does for UTF-8: BOM, CRLF line ends. Lines are written as given (quote them yourself).</summary>
    public static string WriteCsv(string folder, string name, params string[] lines)
    {
        var path = Path.Combine(folder, name);
        File.WriteAllText(path, string.Concat(lines.Select(l => l + "\r\n")), new UTF8Encoding(true));
        return path;
    }

    /// <summary>An HR export of <paramref name="count"/> reps with the Chinese headers of <see cref="HrMap"/>.</summary>
    public static string HrCsv(string folder, int count, string name = "reps.csv")
    {
        var lines = new List<string> { "合同编号,姓名,工号,开始日期,结束日期" };
        string[] family = ["王", "李", "张", "刘", "陈", "杨"];
        string[] given = ["伟", "芳", "娜", "敏", "静", "丽", "强"];
        for (var i = 0; i < count; i++)
            lines.Add($"HT-2025-{i:0000},{family[i % family.Length]}{given[i % given.Length]}{given[(i / 7) % given.Length]},E{100000 + i},2025-01-01,2025-12-31");
        return WriteCsv(folder, name, [.. lines]);
    }

    public static BatchOptions Options(string data, string output, string? defaults, IReadOnlyDictionary<string, string>? map = null) => new()
    {
        PackId = Crm,
        DataFile = data,
        OutputFolder = output,
        DefaultsFile = defaults,
        ColumnMap = map,
        MaxParallelism = 2,
    };

    public static BatchSummary Run(BatchOptions options, IProgress<BatchProgress>? progress = null, CancellationToken cancellationToken = default) =>
        new BatchRunner(Engine).RunAsync(options, progress, cancellationToken).GetAwaiter().GetResult();

    /// <summary>Every file of a folder (name → SHA-256), for comparing two runs.</summary>
    public static SortedDictionary<string, string> Digest(string folder, Func<string, bool>? include = null) =>
        new(Directory.EnumerateFiles(folder)
                .Where(f => include?.Invoke(Path.GetFileName(f)) ?? true)
                .ToDictionary(f => Path.GetFileName(f), f => Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(f)))),
            StringComparer.Ordinal);

    public static bool IsDocument(string name) => name.EndsWith(".docx", StringComparison.Ordinal) || name.EndsWith(".pdf", StringComparison.Ordinal)
        || name.EndsWith(".md", StringComparison.Ordinal) || name.EndsWith(".txt", StringComparison.Ordinal);

    /// <summary>The lines of errors.csv after the header, without the BOM.</summary>
    public static IReadOnlyList<string> ErrorLines(string folder, string name = "errors.csv") =>
        File.ReadAllLines(Path.Combine(folder, name), Encoding.UTF8).Skip(1).ToList();
}
