using AgreementKit.Comparison;
using AgreementKit.Model;
using AgreementKit.Tests.Support;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace AgreementKit.Tests.Comparison;

/// <summary>
/// A new template version compared with last year's agreement: a reworded clause shows as tracked changes
/// inside that clause only — no renumbering, no contents, no other clause — and a clause moved to another
/// chapter is a move (moveFrom/moveTo), its number change no change at all.
/// </summary>
public sealed class TemplateVersionTests
{
    private const string Pack = "sales-crm-responsibility";

    [Fact]
    public void A_reworded_clause_shows_as_tracked_changes_inside_that_clause_only()
    {
        using var variant = new PackVariant(Pack);
        variant.Edit(t => t.Replace("乙方不得隐瞒、拖延或者擅自拒绝受理客户投诉。", "乙方不得隐瞒、延误或者无故拒绝受理客户投诉。", StringComparison.Ordinal));
        var (old, @new) = Pair(variant);

        var comparison = new AgreementComparer().Compare(old, @new);
        var change = Assert.Single(comparison.Changes);
        Assert.Equal("complaint-handling", change.Id);
        Assert.Equal(ChangeKind.Changed, change.Kind);
        Assert.Equal(new ComparisonSummary(0, 0, 1, 0, 0), comparison.Summary);

        var redline = new AgreementComparer().WriteToArray(comparison, "docx");
        var clause = (Clause)change.New!;
        var clauseTexts = clause.Content.OfType<AgreementKit.Model.Paragraph>().Select(p => p.Text).ToHashSet();
        using var package = WordprocessingDocument.Open(new MemoryStream(redline), false);
        var revised = package.MainDocumentPart!.Document.Body!.Descendants<DocumentFormat.OpenXml.Wordprocessing.Paragraph>()
            .Where(p => p.Descendants<InsertedRun>().Any() || p.Descendants<DeletedRun>().Any()).ToList();
        var only = Assert.Single(revised);
        Assert.Contains(string.Concat(only.Descendants<Text>().Select(t => t.Text)), clauseTexts);
        // Two words changed two characters apart read as one replaced phrase.
        Assert.Equal(["拖延或者擅自"], only.Descendants<DeletedText>().Select(t => t.Text));
        Assert.Equal(["延误或者无故"], only.Descendants<InsertedRun>().SelectMany(r => r.Descendants<Text>()).Select(t => t.Text));
    }

    [Fact]
    public void A_clause_moved_to_another_chapter_is_a_move_and_its_new_number_no_change()
    {
        using var variant = new PackVariant(Pack);
        variant.Edit(t =>
        {
            var channels = PackVariant.Clause(t, "### 沟通渠道与方式");
            var resolution = PackVariant.Clause(t, "### 投诉处理与反馈");
            return t.Replace(channels, "").Replace(resolution, resolution + channels);
        });
        var (old, @new) = Pair(variant);

        var comparer = new AgreementComparer();
        var comparison = comparer.Compare(old, @new);
        var moved = Assert.Single(comparison.Changes, c => c.Kind == ChangeKind.Moved);
        Assert.Equal("contact-channels", moved.Id);
        Assert.False(moved.TextChanged);
        // 12.1 refers to a clause of the chapter the move shortened: its printed reference (6.3 → 6.2) is a real change of its text.
        Assert.Equal(new ComparisonSummary(0, 0, 1, 1, 0), comparison.Summary);

        var redline = comparer.WriteToArray(comparison, "docx");
        Assert.Empty(Revisions.ValidationErrors(redline));
        Assert.True(Revisions.Count(redline).Moves > 0);
        Assert.Equal(Revisions.Paragraphs(ExampleCases.Engine.WriteToArray(@new, OutputFormat.Docx)), Revisions.Accept(redline));
        Assert.Equal(Revisions.Paragraphs(ExampleCases.Engine.WriteToArray(old, OutputFormat.Docx)), Revisions.Reject(redline));
    }

    private static (Agreement Old, Agreement New) Pair(PackVariant variant)
    {
        var parameters = AgreementParameters.FromJson(ExampleCases.Engine.GetPack(Pack).GetExample("zh-Hans")!);
        return (ExampleCases.Engine.Assemble(Pack, parameters, "zh-Hans"), variant.Engine().Assemble(Pack, parameters, "zh-Hans"));
    }
}
