using AgreementKit.Comparison.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;
using WordText = DocumentFormat.OpenXml.Wordprocessing.Text;

namespace AgreementKit.Comparison.Redline;

/// <summary>What a token of a paragraph is.</summary>
internal enum TokenKind
{
    Text,
    Run, // a run child kept whole: tab, break, field character
    FieldCode,
    Bookmark,
    Other, // a paragraph child kept whole
}

/// <summary>
/// One unit of a paragraph's content for the character-level comparison: a piece of text (a character, a
/// number, a Latin word) or a run child (tab, break, field character, field instruction), with the run
/// formatting and the hyperlink around it. Two tokens are equal only if all of that is equal, so a
/// formatting change is a change too.
/// </summary>
internal sealed record RedlineToken(TokenKind Kind, string Key, string Text, RunProperties? Properties, Hyperlink? Container, OpenXmlElement? Element)
{
    /// <summary>How much the token weighs in the readability cleanup: its characters, or 1.</summary>
    public int Weight => Kind == TokenKind.Text ? Text.Length : 1;

    /// <summary>The tokens of a paragraph in reading order.</summary>
    public static List<RedlineToken> Of(Paragraph paragraph)
    {
        var tokens = new List<RedlineToken>();
        foreach (var child in paragraph.ChildElements)
        {
            switch (child)
            {
                case ParagraphProperties:
                    break;
                case Run run:
                    AddRun(tokens, run, null);
                    break;
                case Hyperlink link:
                    var container = (Hyperlink)link.CloneNode(deep: false);
                    foreach (var inner in link.ChildElements)
                    {
                        if (inner is Run r) AddRun(tokens, r, container);
                        else tokens.Add(Whole(inner, container));
                    }

                    break;
                default:
                    tokens.Add(Whole(child, null));
                    break;
            }
        }

        return tokens;
    }

    private static void AddRun(List<RedlineToken> tokens, Run run, Hyperlink? container)
    {
        var properties = run.RunProperties;
        var scope = (container?.OuterXml ?? "") + "|" + (properties?.OuterXml ?? "") + "|";
        foreach (var child in run.ChildElements)
        {
            switch (child)
            {
                case RunProperties:
                    break;
                case WordText text:
                    foreach (var piece in TextTokens.Split(text.Text))
                        tokens.Add(new RedlineToken(TokenKind.Text, scope + "t:" + piece, piece, properties, container, null));
                    break;
                case FieldCode code:
                    tokens.Add(new RedlineToken(TokenKind.FieldCode, scope + "f:" + code.Text, code.Text, properties, container, code));
                    break;
                default:
                    tokens.Add(new RedlineToken(TokenKind.Run, scope + "r:" + child.OuterXml, "", properties, container, child));
                    break;
            }
        }
    }

    private static RedlineToken Whole(OpenXmlElement element, Hyperlink? container)
    {
        // Bookmarks are keyed by name: their ids are renumbered in the redline anyway.
        var (kind, key) = element switch
        {
            BookmarkStart start => (TokenKind.Bookmark, "bs:" + start.Name?.Value),
            BookmarkEnd end => (TokenKind.Bookmark, "be:" + end.Id?.Value),
            _ => (TokenKind.Other, "o:" + element.OuterXml),
        };
        return new RedlineToken(kind, (container?.OuterXml ?? "") + "|" + key, "", null, container, element);
    }
}
