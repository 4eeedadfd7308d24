using System.Diagnostics;
using AgreementKit.Comparison;
using Newtonsoft.Json.Linq;

namespace AgreementKit.Bench;

/// <summary>
/// Redlines on one core: last year's agreement (the pack's example) against this year's (term and sign date a
/// year on, a new number, a changed target and a changed party name). "redline" times the comparison and
/// the tracked-changes DOCX from two agreements in memory; "renew" times what <c>renew</c> does per
/// agreement: read last year's DOCX record, render and write this year's DOCX, compare, write the redline.
/// </summary>
internal static class RedlineThroughput
{
    private static readonly AgreementEngine Engine = new();
    private static readonly AgreementComparer Comparer = new();

    public static (double Redline, double Renew) Measure(string pack, int documents)
    {
        var example = JObject.Parse(Engine.GetPack(pack).GetExample("zh-Hans")!);
        var old = Engine.Assemble(pack, AgreementParameters.FromJObject(example));
        var oldDocx = Engine.WriteToArray(old, OutputFormat.Docx);
        var next = Next(example);
        var @new = Engine.Assemble(pack, AgreementParameters.FromJObject(next));
        Redline(old, @new);
        Renew(pack, oldDocx, 0);

        var watch = Stopwatch.StartNew();
        for (var i = 0; i < documents; i++) Redline(old, @new);
        var redline = documents / watch.Elapsed.TotalSeconds;
        watch.Restart();
        for (var i = 0; i < documents; i++) Renew(pack, oldDocx, i);
        return (redline, documents / watch.Elapsed.TotalSeconds);
    }

    private static int Redline(AgreementKit.Model.Agreement old, AgreementKit.Model.Agreement @new) =>
        Comparer.WriteToArray(Comparer.Compare(old, @new), "docx").Length;

    private static int Renew(string pack, byte[] oldDocx, int i)
    {
        var record = AgreementRecord.Read(oldDocx);
        var next = Next(JObject.Parse(record.ParametersJson));
        next["contract"]!["number"] = $"HT-2026-{i:D4}";
        var agreement = Engine.Assemble(pack, AgreementParameters.FromJObject(next), record.Locale);
        var docx = Engine.WriteToArray(agreement, OutputFormat.Docx);
        return docx.Length + Comparer.WriteToArray(Comparer.Compare(record.Agreement, agreement), "docx").Length;
    }

    private static JObject Next(JObject parameters)
    {
        var next = (JObject)parameters.DeepClone();
        static string YearOn(JToken token) => DateOnly.Parse((string)token!, System.Globalization.CultureInfo.InvariantCulture).AddYears(1).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        next["term"]!["start"] = YearOn(next["term"]!["start"]!);
        next["term"]!["end"] = YearOn(next["term"]!["end"]!);
        next["contract"]!["signDate"] = YearOn(next["contract"]!["signDate"]!);
        next["contract"]!["number"] = "HT-2026-0001";
        if (next["leadParty"] is null)
        {
            next["targets"]!["retentionRate"] = 88;
            next["salesperson"]!["name"] = "王晓明";
        }
        else
        {
            next["targets"]!["repurchaseRate"] = 60;
            next["agent"]!["name"] = "林嘉怡";
        }

        return next;
    }
}
