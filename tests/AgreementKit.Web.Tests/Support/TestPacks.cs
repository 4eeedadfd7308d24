using AgreementKit.Model;
using AgreementKit.Templates.Packs;
using AgreementKit.Writers;

namespace AgreementKit.Web.Tests.Support;

/// <summary>
/// Packs of the tests' own, held in memory: <c>test-lists</c> has what the shipped schemas lack (a list that
/// can grow, a boolean, named choices); <c>slow-pack</c> calls a function that never returns in time;
/// <c>hang-pack</c> is written by a writer that ignores cancellation.
/// </summary>
internal static class TestPacks
{
    public const string HangTitle = "挂起的协议";

    public static TemplatePackSource Source { get; } = TemplatePackSource.FromFiles(new Dictionary<string, string>
    {
        ["test-lists/manifest.json"] = """{ "id": "test-lists", "version": "1.0.0", "title": { "zh-Hans": "职责确认书" }, "locales": ["zh-Hans"], "authoredLocale": "zh-Hans" }""",
        ["test-lists/schema.json"] = """
            { "type": "object", "additionalProperties": false, "required": ["company", "duties", "level", "remote", "term"],
              "properties": {
                "company": { "type": "object", "title": "甲方", "additionalProperties": false, "required": ["name"],
                             "properties": { "name": { "type": "string", "title": "甲方名称", "minLength": 1, "maxLength": 50 } } },
                "duties": { "type": "array", "title": "职责清单", "minItems": 1, "maxItems": 4,
                            "items": { "type": "object", "title": "职责", "additionalProperties": false, "required": ["title", "hours"],
                                       "properties": { "title": { "type": "string", "title": "职责内容", "minLength": 1, "maxLength": 50 },
                                                       "hours": { "type": "integer", "title": "每周小时数", "minimum": 1, "maximum": 40 } } } },
                "level": { "type": "string", "title": "级别", "enum": ["junior", "senior"], "x-enumNames": ["初级", "高级"] },
                "remote": { "type": "boolean", "title": "可以远程办公" },
                "term": { "type": "object", "title": "期限", "additionalProperties": false, "required": ["start"],
                          "properties": { "start": { "type": "string", "format": "date", "title": "开始日期" } } }
              } }
            """,
        ["test-lists/example.zh-Hans.json"] = """
            { "company": { "name": "杭州青禾软件有限公司" }, "duties": [ { "title": "维护客户档案", "hours": 6 } ],
              "level": "junior", "remote": false, "term": { "start": "2025-01-01" } }
            """,
        ["test-lists/zh-Hans.scriban"] = """
            @title 职责确认书
            @party company | 甲方 | {{ company.name }}
            ## 职责
            ### 职责清单
            {{ for d in duties }}
            - {{ d.title }}，每周{{ d.hours }}小时。
            {{ end }}
            ### 级别与办公
            级别：{{ if level == "senior" }}高级{{ else }}初级{{ end }}；{{ if remote }}可以远程办公{{ else }}在公司办公{{ end }}。
            ## 期限
            ### 生效
            本确认书自{{ zh.date term.start }}起生效。
            @signatures
            """,
        ["slow-pack/manifest.json"] = """{ "id": "slow-pack", "version": "1.0.0", "title": { "zh-Hans": "慢的协议" }, "locales": ["zh-Hans"], "authoredLocale": "zh-Hans" }""",
        ["slow-pack/schema.json"] = """{ "type": "object", "properties": { "name": { "type": "string", "title": "名称" } } }""",
        ["slow-pack/example.zh-Hans.json"] = """{ "name": "甲" }""",
        ["slow-pack/zh-Hans.scriban"] = "@title 慢的协议\n## 一\n### 一\n{{ fn.slow }}{{ name }}\n",
        ["hang-pack/manifest.json"] = """{ "id": "hang-pack", "version": "1.0.0", "title": { "zh-Hans": "挂起的协议" }, "locales": ["zh-Hans"], "authoredLocale": "zh-Hans" }""",
        ["hang-pack/schema.json"] = """{ "type": "object", "properties": { "name": { "type": "string", "title": "名称" } } }""",
        ["hang-pack/example.zh-Hans.json"] = """{ "name": "甲" }""",
        ["hang-pack/zh-Hans.scriban"] = $"@title {HangTitle}\n## 一\n### 一\n{{{{ name }}}}\n",
    });

    /// <summary>Adds the packs, the slow function and the writer that hangs on <see cref="HangTitle"/>.</summary>
    public static void AddTo(AgreementEngineOptions engine)
    {
        engine.PackSources.Insert(0, Source);
        engine.Functions["slow"] = (Func<string>)(() =>
        {
            Thread.Sleep(TimeSpan.FromSeconds(20));
            return "";
        });
        engine.TemplateTimeBudget = TimeSpan.FromMilliseconds(300);
        engine.Writers.Add(new HangingHtmlWriter(new AgreementEngine().GetWriter("html")));
    }

    private sealed class HangingHtmlWriter(IAgreementWriter inner) : IAgreementWriter
    {
        public string FormatId => inner.FormatId;

        public string FileExtension => inner.FileExtension;

        public string MediaType => inner.MediaType;

        public void Write(Agreement agreement, Stream output, CancellationToken cancellationToken)
        {
            // A writer that ignores its cancellation token: the server must answer anyway.
            if (agreement.Title == HangTitle) Thread.Sleep(TimeSpan.FromSeconds(12));
            inner.Write(agreement, output, cancellationToken);
        }
    }
}

/// <summary>A server with the test packs, short limits and a short retention time.</summary>
public sealed class TestPackServerFixture : ServerFixture
{
    protected override void Configure(AgreementKitWebOptions options)
    {
        var configure = options.ConfigureEngine;
        options.ConfigureEngine = engine =>
        {
            configure?.Invoke(engine);
            TestPacks.AddTo(engine);
        };
        options.RenderTimeout = TimeSpan.FromSeconds(4);
        options.MaxUploadBytes = 1024 * 1024;
        options.BatchRetention = TimeSpan.FromMilliseconds(300);
    }
}

/// <summary>A server that needs an access token, as a non-loopback serve does.</summary>
public sealed class TokenServerFixture : ServerFixture
{
    public const string Token = "test-token-5b0c4f1e9a7d";

    protected override void Configure(AgreementKitWebOptions options) => options.AccessToken = Token;
}
