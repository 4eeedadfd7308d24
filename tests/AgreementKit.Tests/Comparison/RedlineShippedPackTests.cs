using AgreementKit.Comparison;
using AgreementKit.Model;
using AgreementKit.Tests.Support;
using Newtonsoft.Json.Linq;

namespace AgreementKit.Tests.Comparison;

/// <summary>
/// The test for every shipped pack: OLD is the example, NEW has a changed target, a removed clause,
/// an added clause and a changed party name. The redline validates, and Accept All gives NEW's text and
/// Reject All OLD's — paragraph by paragraph, cover, contents and signature table included — both through
/// the Open XML SDK (applying the revisions) and through LibreOffice (its own Accept/Reject All).
/// The sales pack has no clause a parameter leaves out, so its NEW is also its next template version
/// (one clause dropped, one added); the agent pack's lead party swaps its supplementary clauses.
/// </summary>
public sealed class RedlineShippedPackTests : IClassFixture<RedlineShippedPackTests.Office>
{
    private readonly Office _office;

    public RedlineShippedPackTests(Office office) => _office = office;

    public sealed class Office : IDisposable
    {
        internal LibreOfficeRevisions LibreOffice { get; } = new();

        public void Dispose() => LibreOffice.Dispose();
    }

    public static TheoryData<string> Cases() => ["sales", "agent", "agent-intermediary", "intermediary-agent"];

    [Theory]
    [MemberData(nameof(Cases))]
    public void Accept_all_gives_the_new_text_and_reject_all_the_old(string name)
    {
        using var variant = Case(name, out var old, out var @new, out var engine);
        var comparer = new AgreementComparer();
        var comparison = comparer.Compare(old, @new);
        var redline = comparer.WriteToArray(comparison, "docx");
        var oldDocx = ExampleCases.Engine.WriteToArray(old, OutputFormat.Docx);
        var newDocx = engine.WriteToArray(@new, OutputFormat.Docx);

        Assert.Empty(Revisions.ValidationErrors(redline));
        var (insertions, deletions, _) = Revisions.Count(redline);
        Assert.True(insertions > 0 && deletions > 0);
        Assert.Equal(Revisions.Paragraphs(newDocx), Revisions.Accept(redline));
        Assert.Equal(Revisions.Paragraphs(oldDocx), Revisions.Reject(redline));
        Assert.True(comparison.Summary is { ClausesAdded: > 0, ClausesRemoved: > 0, ClausesChanged: > 0 }, comparison.Summary.ToString());

        Assert.Equal(_office.LibreOffice.Text(newDocx, "none"), _office.LibreOffice.Text(redline, "accept"));
        Assert.Equal(_office.LibreOffice.Text(oldDocx, "none"), _office.LibreOffice.Text(redline, "reject"));
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void A_changed_figure_is_one_small_deletion_and_insertion(string name)
    {
        using var variant = Case(name, out var old, out var @new, out _);
        var comparison = new AgreementComparer().Compare(old, @new);
        var figure = comparison.Changes.SelectMany(c => c.Lines).First(l => l.Kind == ChangeKind.Changed && l.OldText!.Contains('%') && l.Segments.Any(s => s.Text is "88" or "60"));
        Assert.Equal(2, figure.Segments.Count(s => s.Operation != DiffOperation.Equal));
    }

    private static PackVariant? Case(string name, out Agreement old, out Agreement @new, out AgreementEngine engine)
    {
        var pack = name == "sales" ? "sales-crm-responsibility" : "agent-loyalty-strategy";
        var parameters = JObject.Parse(ExampleCases.Engine.GetPack(pack).GetExample("zh-Hans")!);
        // The reverse of agent-intermediary: a party and its lines removed rather than added.
        if (name == "intermediary-agent") parameters["leadParty"] = "intermediary";
        old = ExampleCases.Engine.Assemble(pack, AgreementParameters.FromJObject(parameters), "zh-Hans");
        var next = (JObject)parameters.DeepClone();
        PackVariant? variant = null;
        engine = ExampleCases.Engine;
        if (name == "sales")
        {
            next["targets"]!["retentionRate"] = 88;
            next["salesperson"]!["name"] = "王晓明";
            variant = new PackVariant(pack);
            variant.Edit(t =>
            {
                var career = PackVariant.Clause(t, "### 职业发展规划");
                var complaints = PackVariant.Clause(t, "### 投诉分类与分析");
                return t.Replace(career, "").Replace(complaints, complaints + "### 投诉回访 {#complaint-follow-up}\n\n投诉处理完毕后，乙方应当在五个工作日内回访客户，了解客户对处理结果的评价，并在系统中记录。\n\n");
            });
            engine = variant.Engine();
        }
        else
        {
            next["leadParty"] = name is "agent" or "intermediary-agent" ? "agent" : "intermediary";
            next["targets"]!["repurchaseRate"] = 60;
            next["agent"]!["name"] = "林嘉怡";
        }

        @new = engine.Assemble(pack, AgreementParameters.FromJObject(next), "zh-Hans");
        return variant;
    }
}
