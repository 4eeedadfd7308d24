using AgreementKit.Diagnostics;
using AgreementKit.Templates.Sandbox;
using Scriban.Runtime;

namespace AgreementKit.Tests.Templates.Sandbox;

/// <summary>
/// Templates written to hang, exhaust memory, read files, run data as code or read the clock. Each must
/// come back as one diagnostic located at the statement that was running, never as an exception or a
/// partial document. (That they come back quickly is the sandbox limits' business: the time budget is
/// asserted by the diagnostic it raises, speed lives in bench/.)
/// </summary>
public sealed class HostileTemplateTests
{
    private const string Company = """{ "company": { "name": "{{ 6*7 }}" } }""";

    public static TheoryData<string, string, string, int, int> Cases => new()
    {
        { "infinite loop", "{{ while true }}x{{ end }}", DiagnosticCodes.TemplateLimit, 1, 4 },
        { "nested loops share the loop budget", "{{ for i in 1..10000; for j in 1..10000; end; end }}", DiagnosticCodes.TemplateLimit, 1, 23 },
        { "huge range", "{{ for i in 0..1e9 }}{{ end }}", DiagnosticCodes.TemplateLimit, 1, 14 },
        { "huge integer range", "{{ for i in 0..1000000000 }}{{ end }}", DiagnosticCodes.TemplateLimit, 1, 14 },
        { "deep recursion", "text\n{{ func r; ret r($0 + 1); end }}{{ r 1 }}", DiagnosticCodes.TemplateLimit, 2, 16 },
        { "string multiplication", "{{ \"a\" * 100000000 }}", DiagnosticCodes.OutputTooLarge, 1, 10 },
        { "string doubling", "{{ s = \"a\"; for i in 1..40; s = s + s; end }}{{ s }}", DiagnosticCodes.OutputTooLarge, 1, 33 },
        { "padding", "{{ \"a\" | string.pad_left 100000000 }}", DiagnosticCodes.OutputTooLarge, 1, 26 },
        { "output adding up", "{{ s = \"abcdefghij\" * 100000 }}{{ for i in 1..5 }}{{ s }}{{ end }}", DiagnosticCodes.OutputTooLarge, 1, 49 },
        { "include outside the pack", "line 1\n  {{ include \"../../etc/passwd\" }}", DiagnosticCodes.IncludeRefused, 2, 6 },
        { "include_join", "{{ include_join [\"a\"] \",\" }}", DiagnosticCodes.IncludeRefused, 1, 4 },
        { "data as template", "{{ company.name | object.eval_template }}", DiagnosticCodes.TemplateRuntime, 1, 26 },
        { "data as expression", "{{ company.name | object.eval }}", DiagnosticCodes.TemplateRuntime, 1, 26 },
        { "regex", "{{ regex.match \"aaaa\" \"^(a+)+$\" }}", DiagnosticCodes.TemplateRuntime, 1, 4 },
        { "clock", "{{ date.now }}", DiagnosticCodes.TemplateRuntime, 1, 9 },
        { "utc clock", "{{ date.utc_now }}", DiagnosticCodes.TemplateRuntime, 1, 9 },
        { "random", "{{ math.random 1 10 }}", DiagnosticCodes.TemplateRuntime, 1, 9 },
        { "uuid", "{{ math.uuid }}", DiagnosticCodes.TemplateRuntime, 1, 9 },
        { "undeclared variable", "甲方：{{ compnay.name }}", DiagnosticCodes.TemplateRuntime, 1, 7 },
        { "misspelt member", "{{ company.nmae }}", DiagnosticCodes.TemplateRuntime, 1, 12 },
        { "index past the end", "{{ a = [1, 2] }}{{ a[5] }}", DiagnosticCodes.TemplateRuntime, 1, 22 },
        { "replacing zh", "{{ zh = 1 }}", DiagnosticCodes.TemplateRuntime, 1, 4 },
        { "syntax error", "ok\n {{ if }} x {{ end }}", DiagnosticCodes.TemplateSyntax, 2, 8 },
        { "deep nesting", "{{ " + new string('(', 100_000) + " }}", DiagnosticCodes.TemplateSyntax, 1, 0 },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void A_hostile_template_fails_with_one_located_diagnostic(string attack, string template, string code, int line, int column)
    {
        var outcome = TemplateRendering.Render(template, Company);

        Assert.False(outcome.Succeeded, attack);
        var diagnostic = Assert.Single(outcome.Diagnostics);
        Assert.Equal(code, diagnostic.Code);
        Assert.Equal(TemplateRendering.FileName, diagnostic.Location.File);
        Assert.Equal(line, diagnostic.Location.Line);
        if (column > 0)
            Assert.Equal(column, diagnostic.Location.Column);
    }

    [Fact]
    public void Removed_functions_are_reported_as_unknown_not_as_internal_errors()
    {
        var outcome = TemplateRendering.Render("{{ company.name | object.eval_template }}", Company);

        var diagnostic = Assert.Single(outcome.Diagnostics);
        Assert.Contains("eval_template", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Include_is_refused_in_plain_words_naming_the_file()
    {
        var diagnostic = Assert.Single(TemplateRendering.Render("{{ include \"../../etc/passwd\" }}").Diagnostics);

        Assert.Equal("include \"../../etc/passwd\" is not allowed: a template cannot read other files. Put the text in this template.", diagnostic.Message);
        Assert.Equal("test.scriban(1,4): error AK2106: " + diagnostic.Message, diagnostic.ToString());
    }

    [Fact]
    public void Runtime_messages_carry_no_dotnet_type_names()
    {
        var diagnostic = Assert.Single(TemplateRendering.Render("{{ n = 5 }}{{ n.nope }}").Diagnostics);

        Assert.Equal(DiagnosticCodes.TemplateRuntime, diagnostic.Code);
        Assert.DoesNotContain("long", diagnostic.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("System.", diagnostic.Message, StringComparison.Ordinal);
        Assert.Contains("`5`", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Literal_text_reaching_the_output_limit_fails_instead_of_being_cut()
    {
        var outcome = TemplateRendering.Render(new string('a', 1_048_576));

        Assert.Null(outcome.Text);
        Assert.Equal(DiagnosticCodes.OutputTooLarge, Assert.Single(outcome.Diagnostics).Code);
    }

    [Fact]
    public void Output_just_under_the_limit_renders()
    {
        var outcome = TemplateRendering.Render(new string('a', 1_048_575));

        Assert.Equal(1_048_575, outcome.Text?.Length);
    }

    [Fact]
    public void Slow_work_inside_the_loop_limit_stops_at_the_time_budget_located_at_the_running_statement()
    {
        var renderer = new SandboxedRenderer(new SandboxOptions { TimeBudget = TimeSpan.FromMilliseconds(300) });

        var outcome = TemplateRendering.Render("甲方\n{{ for i in 1..9999\n  x = \"x\" * 1000000 | string.md5\nend }}", renderer: renderer);

        var diagnostic = Assert.Single(outcome.Diagnostics);
        Assert.Equal(DiagnosticCodes.TemplateTimeout, diagnostic.Code);
        Assert.Equal(TemplateRendering.FileName, diagnostic.Location.File);
        // The loop body's assignment was running when the budget ran out (or the loop, between two steps).
        Assert.Contains((diagnostic.Location.Line, diagnostic.Location.Column), new[] { (3, 3), (2, 4) });
    }

    [Fact]
    public void The_default_time_budget_is_five_seconds()
    {
        Assert.Equal(TimeSpan.FromSeconds(5), new SandboxOptions().TimeBudget);
    }

    [Fact]
    public void A_host_function_that_never_returns_is_abandoned_after_the_budget_at_the_statement_calling_it()
    {
        var functions = new ScriptObject();
        functions.Import("hang", new Func<string>(() => { Thread.Sleep(TimeSpan.FromSeconds(30)); return "late"; }));
        var renderer = new SandboxedRenderer(new SandboxOptions
        {
            TimeBudget = TimeSpan.FromMilliseconds(100),
            FunctionObjects = new Dictionary<string, ScriptObject> { ["custom"] = functions },
        });

        var outcome = TemplateRendering.Render("第一行\n乙方：{{ custom.hang }}", renderer: renderer);

        var diagnostic = Assert.Single(outcome.Diagnostics);
        Assert.Equal(DiagnosticCodes.TemplateTimeout, diagnostic.Code);
        Assert.Equal((2, 7), (diagnostic.Location.Line, diagnostic.Location.Column));
    }

    [Fact]
    public void A_value_that_contains_itself_printed_directly_is_located_at_the_statement_that_prints_it()
    {
        var outcome = TemplateRendering.Render("第一行\n{{ a = {} }}{{ a.self = a }}\n甲方：{{ a }}");

        var diagnostic = Assert.Single(outcome.Diagnostics);
        Assert.Equal(3, diagnostic.Location.Line);
        Assert.Equal(7, diagnostic.Location.Column);
    }

    [Fact]
    public void A_type_error_in_a_built_in_function_is_located_at_its_call()
    {
        var outcome = TemplateRendering.Render("第一行\n金额：{{ \"abc\" | math.round 2 }}");

        var diagnostic = Assert.Single(outcome.Diagnostics);
        Assert.Equal(DiagnosticCodes.TemplateRuntime, diagnostic.Code);
        Assert.Equal(2, diagnostic.Location.Line);
        Assert.InRange(diagnostic.Location.Column, 6, 30);
    }

    [Fact]
    public void Recursion_without_a_depth_limit_is_stopped_by_the_stack_guard_on_the_render_thread()
    {
        var renderer = new SandboxedRenderer(new SandboxOptions { RecursiveLimit = 0 });

        var outcome = TemplateRendering.Render("{{ func r; ret r($0 + 1); end }}{{ r 1 }}", renderer: renderer);

        var diagnostic = Assert.Single(outcome.Diagnostics);
        Assert.Equal(DiagnosticCodes.TemplateLimit, diagnostic.Code);
        Assert.Contains("stack", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_cancelled_caller_gets_a_cancellation_not_a_diagnostic()
    {
        using var cancel = new CancellationTokenSource(TimeSpan.FromMilliseconds(100));
        var source = new TemplateSource("slow.scriban", "{{ for i in 1..9999; x = \"x\" * 1000000 | string.md5; end }}");

        Assert.ThrowsAny<OperationCanceledException>(() =>
            new SandboxedRenderer().Render(source, TemplateRendering.Parameters("{}"), "zh-Hans", cancel.Token));
    }

    [Fact]
    public void The_fence_characters_are_refused_in_template_text()
    {
        var outcome = TemplateRendering.Render("第一行\n甲方\uFDD1");

        var diagnostic = Assert.Single(outcome.Diagnostics);
        Assert.Equal(DiagnosticCodes.TemplateSyntax, diagnostic.Code);
        Assert.Equal((2, 3), (diagnostic.Location.Line, diagnostic.Location.Column));
    }
}
