namespace AgreementKit.Layout.Model;

/// <summary>A piece of a paragraph in one style. A '\n' in the text forces a line break.</summary>
internal sealed record TextRun(string Text, TextStyle Style);
