using AgreementKit.Model;
using AgreementKit.Tests.Support;

namespace AgreementKit.Tests.Comparison;

/// <summary>The shipped packs give every chapter, clause and annex a key, in every locale and lead party, so no identity shifts when a clause is added or left out.</summary>
public sealed class ShippedPackIdentityTests
{
    public static TheoryData<string, string, string> Cases() => ExampleCases.Theory();

    [Theory]
    [MemberData(nameof(Cases))]
    public void Every_chapter_clause_and_annex_has_a_template_key(string pack, string locale, string lead)
    {
        var agreement = ExampleCases.Assemble(pack, locale, lead);
        var unkeyed = agreement.Sections.Where(s => s is Chapter or Annex).Cast<AgreementNode>()
            .Concat(agreement.Sections.SelectMany(s => s.Clauses))
            .Where(n => n.Key is null).Select(n => n.Id).ToList();
        Assert.Empty(unkeyed);
    }
}
