using System.Text;
using AgreementKit.Batch.Names;
using AgreementKit.Diagnostics;

namespace AgreementKit.Tests.Batch;

public sealed class NameAssignerTests
{
    [Fact]
    public void Names_equal_after_case_folding_get_numbered_in_row_order()
    {
        var names = new NameAssigner(250);
        Assert.Equal(("HT-1", (int?)null), names.Assign("HT-1", 1));
        Assert.Equal(("ht-1-2", (int?)1), names.Assign("ht-1", 2));
        Assert.Equal(("HT-1-3", (int?)1), names.Assign("HT-1", 3));
        // A later row already called like a generated name gets its own number, not a duplicate.
        Assert.Equal(("HT-1-2-2", (int?)2), names.Assign("HT-1-2", 4));
        Assert.Equal(("Other", (int?)null), names.Assign("Other", 5));
    }

    [Fact]
    public void Nfc_and_nfd_spellings_collide()
    {
        var names = new NameAssigner(250);
        names.Assign(FileNameSanitizer.Sanitize("Jos\u00E9"), 1);
        var (stem, takenBy) = names.Assign(FileNameSanitizer.Sanitize("JOSE\u0301"), 2);
        Assert.Equal(1, takenBy);
        Assert.Equal("JOS\u00C9-2", stem);
    }

    [Fact]
    public void The_same_rows_always_get_the_same_names()
    {
        string[] raw = ["a", "A", "b", "a", "B", "a-2", "c"];
        IReadOnlyList<string> Assign()
        {
            var names = new NameAssigner(250);
            return raw.Select((r, i) => names.Assign(r, i + 1).Stem).ToList();
        }

        var first = Assign();
        Assert.Equal(first, Assign());
        Assert.Equal(first.Count, first.Select(NameAssigner.Fold).Distinct().Count());
    }

    [Fact]
    public void A_numbered_long_name_still_fits()
    {
        var names = new NameAssigner(250);
        var stem = FileNameSanitizer.Sanitize(new string('合', 90), 250);
        names.Assign(stem, 1);
        var (second, _) = names.Assign(stem, 2);
        Assert.True(Encoding.UTF8.GetByteCount(second) <= 250);
        Assert.EndsWith("-2", second, StringComparison.Ordinal);
    }

    [Fact]
    public void A_pattern_field_the_pack_lacks_gets_a_suggestion_and_an_example_from_the_pack_at_hand()
    {
        var fields = CsvInputTests.Fields(BatchData.Agent);

        var misspelt = Assert.Single(Assert.Throws<AgreementKitException>(() => NamePattern.Parse("{agent.nmae}", fields)).Diagnostics);
        var unknown = Assert.Single(Assert.Throws<AgreementKitException>(() => NamePattern.Parse("{工号}", fields)).Diagnostics);

        Assert.Contains("did you mean {agent.name}?", misspelt.Message, StringComparison.Ordinal);
        Assert.Matches(@"such as (contract|company|agent)\.\w+", unknown.Message);
        Assert.DoesNotContain("salesperson", unknown.Message, StringComparison.Ordinal);
    }
}
