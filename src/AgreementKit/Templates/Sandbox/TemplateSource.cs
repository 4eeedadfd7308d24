namespace AgreementKit.Templates.Sandbox;

/// <summary>A template's text and the name diagnostics show for it (e.g. <c>sales-crm/zh-Hans.scriban</c>).</summary>
internal sealed record TemplateSource(string Name, string Text);
