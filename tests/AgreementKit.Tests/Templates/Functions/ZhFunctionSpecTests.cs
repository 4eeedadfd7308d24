using AgreementKit.Diagnostics;

namespace AgreementKit.Tests.Templates.Functions;

public sealed class ZhFunctionSpecTests
{
    public static TheoryData<string, string, string> Rows => ZhFunctionSpec.Rows();

    [Theory]
    [MemberData(nameof(Rows))]
    public void Each_call_in_the_spec_table_gives_its_result(string locale, string call, string expected)
    {
        var outcome = TemplateRendering.Render($"{{{{ {call} }}}}", locale: locale);

        if (expected.StartsWith("error:", StringComparison.Ordinal))
        {
            var diagnostic = Assert.Single(outcome.Diagnostics);
            Assert.Equal(DiagnosticCodes.TemplateRuntime, diagnostic.Code);
            Assert.Contains(expected["error:".Length..].Trim(), diagnostic.Message, StringComparison.Ordinal);
            Assert.Equal(1, diagnostic.Location.Line);
            Assert.Equal(4, diagnostic.Location.Column);
        }
        else
        {
            Assert.Equal("«" + expected + "»", TemplateRendering.Shown(outcome));
        }
    }

    [Fact]
    public void The_spec_table_covers_every_zh_function()
    {
        var calls = ZhFunctionSpec.Rows().Select(row => (string)row[1]).ToList();
        foreach (var function in new[] { "numeral", "date", "date_upper", "date_roc", "money", "money_upper", "amount", "percent" })
            Assert.Contains(calls, call => call.StartsWith($"zh.{function} ", StringComparison.Ordinal));
    }
}
