using AgreementKit.Diagnostics;
using AgreementKit.Markup;
using AgreementKit.Tests.Templates;

namespace AgreementKit.Tests.Markup;

/// <summary>
/// The render records where each piece of markup came from: template text at its own position, a printed
/// value at the expression that printed it, with the parameters it read.
/// </summary>
public sealed class SourceMapTests
{
    private const string Template = "@title 协议\n甲方：{{ company.name }}，乙方：{{ zh.numeral 2 }}{{ for p in people }}{{ p.name }}{{ end }}\n## 定义";

    private static RenderedMarkup Render()
    {
        var outcome = TemplateRendering.Render(Template, """{ "company": { "name": "某公司" }, "people": [{ "name": "张三" }] }""");
        Assert.True(outcome.Succeeded, string.Join("\n", outcome.Diagnostics));
        return outcome.Markup!;
    }

    [Fact]
    public void Template_text_maps_to_its_own_line_and_column()
    {
        var markup = Render();
        var heading = markup.Text.IndexOf("## 定义", StringComparison.Ordinal);
        Assert.Equal((3, 1), At(markup.Map.Locate(heading)));
        var colon = markup.Text.IndexOf("乙方", StringComparison.Ordinal);
        Assert.Equal(2, markup.Map.Locate(colon).Line);
    }

    [Fact]
    public void A_value_maps_to_the_expression_that_printed_it_with_the_parameters_it_read()
    {
        var markup = Render();
        var value = markup.Text.IndexOf("某公司", StringComparison.Ordinal);
        Assert.Equal((2, 7), At(markup.Map.Locate(value)));
        var line = markup.Text.IndexOf("甲方", StringComparison.Ordinal);
        var end = markup.Text.IndexOf('\n', line);
        // zh is the renderer's, not a parameter; a loop variable stands for the list it walks.
        Assert.Equal(["company.name", "people[].name"], markup.Map.ParametersIn(line, end));
    }

    [Fact]
    public void Markup_that_is_its_own_source_maps_to_itself()
    {
        var markup = RenderedMarkup.FromSource("m.scriban", "a\nbc");
        Assert.Equal((2, 2), At(markup.Map.Locate(3)));
        Assert.Empty(markup.Map.ParametersIn(0, 4));
    }

    private static (int, int) At(SourceLocation location) => (location.Line, location.Column);
}
