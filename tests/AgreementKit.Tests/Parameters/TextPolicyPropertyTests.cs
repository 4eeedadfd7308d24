using System.Globalization;
using System.Text;
using AgreementKit.Diagnostics;
using AgreementKit.Parameters;
using CsCheck;
using Newtonsoft.Json.Linq;
using static AgreementKit.Tests.Parameters.TestPack;

namespace AgreementKit.Tests.Parameters;

public sealed class TextPolicyPropertyTests
{
    /// <summary>Code points weighted towards the interesting ones: emoji parts, invisible and control characters, surrogates.</summary>
    private static readonly Gen<int> CodePoint = Gen.Frequency(
        (4, Gen.Int[0x20, 0x7E]),
        (3, Gen.Int[0x4E00, 0x9FFF]),
        (3, Gen.Int[0, 0x10FFFF]),
        (1, Gen.Int[0x2000, 0x206F]),
        (1, Gen.Int[0x1F300, 0x1F6FF]),
        (4, Gen.OneOf<int>(0x200D, 0x1F600, 0x1F468, 0x2764, 0xFE0F, 0x1F3FB, 0x202E, 0x2067, 0x200B, 0xFEFF, 0x00AD, 0xFFFD,
            0xFDD0, 0xFDD1, 0xFFFE, 0x1FFFF, 0xD800, 0xDBFF, 0xDC00, 0xDFFF, 0x09, 0x0A, 0x0D, 0x00, 0x7F, 0x85, 0x20,
            0x3000, 0xF900, 0xE0001, 0xE0100, 0x20000, 0x5C, 0x22)));

    private static readonly Gen<string> Text = CodePoint.Array[0, 12].Select(codePoints =>
        string.Concat(codePoints.Select(TextPolicyTests.Text)));

    private static string Show(string value) =>
        string.Join(" ", value.Select(c => ((int)c).ToString("X4", CultureInfo.InvariantCulture)));

    [Fact]
    public void The_policy_rejects_a_value_exactly_when_it_holds_a_forbidden_code_point()
    {
        Text.Sample(value =>
        {
            var expected = ForbiddenOracle.FirstForbidden(value);
            var found = TextPolicy.FindForbidden(value);
            Assert.Equal(expected, found?.Index ?? -1);
        }, iter: 50_000, print: Show);
    }

    [Fact]
    public void A_value_read_from_json_is_kept_verbatim_or_rejected_by_name()
    {
        var reader = new ParameterReader();
        Text.Sample(value =>
        {
            var json = Valid.Replace("\"张三\"", Reliability.HostileText.JsonLiteral(value), StringComparison.Ordinal);
            var read = reader.ReadText(json, "params.json");
            var diagnostics = read.Succeeded ? Schema.Validate(read.Document!, "params.json") : read.Diagnostics;

            if (ForbiddenOracle.FirstForbidden(value) >= 0)
            {
                var error = Assert.Single(diagnostics);
                Assert.StartsWith("AK12", error.Code, StringComparison.Ordinal);
                Assert.Equal("company.legalRepresentative", error.Location.Path);
                Assert.Equal(4, error.Location.Line);
            }
            else if (string.IsNullOrWhiteSpace(value))
            {
                Assert.Equal(DiagnosticCodes.BlankText, Assert.Single(diagnostics).Code);
            }
            else
            {
                Assert.Empty(diagnostics);
                Assert.Equal(value, (string)read.Document!["company"]!["legalRepresentative"]!, StringComparer.Ordinal);
            }
        }, iter: 5_000, print: Show);
    }

    [Fact]
    public void Echoes_never_exceed_eighty_characters_nor_carry_forbidden_characters()
    {
        CodePoint.Array[0, 120].Select(cps => string.Concat(cps.Select(TextPolicyTests.Text))).Sample(value =>
        {
            var echoed = TextEcho.Shorten(value);
            Assert.True(echoed.Length <= TextEcho.MaxLength, echoed);
            Assert.Equal(-1, ForbiddenOracle.FirstForbidden(echoed.Replace("\u200D", "", StringComparison.Ordinal)));
        }, iter: 20_000, print: Show);
    }

    [Fact]
    public void Merging_a_document_with_itself_changes_nothing()
    {
        var document = Read(Valid);
        Assert.True(JToken.DeepEquals(document, ParameterMerge.Merge(document, document)));
    }
}
