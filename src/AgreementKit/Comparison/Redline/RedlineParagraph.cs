using AgreementKit.Comparison.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;
using WordText = DocumentFormat.OpenXml.Wordprocessing.Text;

namespace AgreementKit.Comparison.Redline;

/// <summary>
/// Builds the redline of one paragraph: the old and new paragraphs' tokens are compared (Myers, then the
/// readability cleanup), and every token is written once — kept, or inside a <c>w:del</c>/<c>w:ins</c>
/// (<c>w:moveFrom</c>/<c>w:moveTo</c> for a moved paragraph). Read with the deletions left out, the
/// result is the new paragraph token for token; read with the insertions left out, the old one. Field
/// characters and instructions are tokens like text, so both readings keep whole fields.
/// </summary>
internal static class RedlineParagraph
{
    /// <summary>The paragraph in place, <paramref name="old"/> changed into <paramref name="new"/>.</summary>
    public static Paragraph Changed(Paragraph old, Paragraph @new, RevisionMarks marks) =>
        Write(@new.ParagraphProperties, Compare(old, @new, Mark.Delete, Mark.Insert), null, marks);

    /// <summary>A paragraph only one side has, wholly inserted or deleted.</summary>
    public static Paragraph Whole(Paragraph paragraph, Mark mark, RevisionMarks marks) =>
        Write(paragraph.ParagraphProperties, [.. RedlineToken.Of(paragraph).Select(t => (t, mark))], mark, marks);

    /// <summary>The source of a moved paragraph: its old text, what the move keeps as moveFrom, what it drops as deleted.</summary>
    public static Paragraph MovedFrom(Paragraph old, Paragraph @new, string move, RevisionMarks marks) =>
        Ranged(Write(old.ParagraphProperties, [.. Compare(old, @new, Mark.Delete, Mark.Insert).Where(t => t.Mark != Mark.Insert).Select(t => (t.Token, t.Mark == Mark.Keep ? Mark.MoveFrom : t.Mark))], Mark.MoveFrom, marks), Mark.MoveFrom, move, marks);

    /// <summary>The destination of a moved paragraph: its new text, what the move brings as moveTo, what is new as inserted.</summary>
    public static Paragraph MovedTo(Paragraph old, Paragraph @new, string move, RevisionMarks marks) =>
        Ranged(Write(@new.ParagraphProperties, [.. Compare(old, @new, Mark.Delete, Mark.Insert).Where(t => t.Mark != Mark.Delete).Select(t => (t.Token, t.Mark == Mark.Keep ? Mark.MoveTo : t.Mark))], Mark.MoveTo, marks), Mark.MoveTo, move, marks);

    private static List<(RedlineToken Token, Mark Mark)> Compare(Paragraph old, Paragraph @new, Mark deleted, Mark inserted)
    {
        var a = RedlineToken.Of(old);
        var b = RedlineToken.Of(@new);
        var table = new TokenTable();
        var script = MyersDiff.Diff([.. a.Select(t => table[t.Key])], [.. b.Select(t => table[t.Key])]);
        var hunks = ChangeHunks.From(script, [.. a.Select(t => t.Weight)], [.. b.Select(t => t.Weight)]);
        var result = new List<(RedlineToken, Mark)>(a.Count + b.Count);
        int i = 0, j = 0;
        foreach (var h in hunks)
        {
            // Equal tokens are taken from the new paragraph: its bookmarks and field instructions are the ones that stay.
            for (; j < h.NewStart; i++, j++) result.Add((b[j], Mark.Keep));
            for (; i < h.OldEnd; i++) result.Add((a[i], deleted));
            for (; j < h.NewEnd; j++) result.Add((b[j], inserted));
        }

        for (; j < b.Count; j++) result.Add((b[j], Mark.Keep));
        return result;
    }

    private static Paragraph Write(ParagraphProperties? properties, List<(RedlineToken Token, Mark Mark)> tokens, Mark? paragraphMark, RevisionMarks marks)
    {
        var pPr = (ParagraphProperties?)properties?.CloneNode(deep: true) ?? new ParagraphProperties();
        if (paragraphMark is { } pm && marks.ParagraphMark(pm) is { } markElement)
        {
            pPr.ParagraphMarkRunProperties ??= new ParagraphMarkRunProperties();
            pPr.ParagraphMarkRunProperties.Append(markElement);
        }

        var paragraph = new Paragraph(pPr);
        OpenXmlCompositeElement container = paragraph;
        Hyperlink? containerSource = null;
        OpenXmlCompositeElement? wrapper = null;
        Mark wrapperMark = Mark.Keep;
        Run? run = null;
        RunProperties? runSource = null;

        foreach (var (token, mark) in tokens)
        {
            // Bookmarks belong to the new text only: never tracked, never at the old place of a move.
            if (token.Kind == TokenKind.Bookmark && mark is Mark.Delete or Mark.MoveFrom) continue;
            if (!ReferenceEquals(token.Container, containerSource) && !SameXml(token.Container, containerSource))
            {
                containerSource = token.Container;
                container = token.Container is null ? paragraph : paragraph.AppendChild((Hyperlink)token.Container.CloneNode(deep: false));
                (wrapper, run) = (null, null);
            }

            var tracked = token.Kind != TokenKind.Bookmark && token.Kind != TokenKind.Other || mark != Mark.Keep;
            var wanted = tracked ? mark : Mark.Keep;
            if (token.Kind is TokenKind.Bookmark or TokenKind.Other)
            {
                if (token.Kind == TokenKind.Other && mark != Mark.Keep && marks.Wrapper(mark) is { } w)
                {
                    w.AppendChild<OpenXmlElement>(token.Element!.CloneNode(deep: true));
                    container.AppendChild(w);
                }
                else container.AppendChild<OpenXmlElement>(token.Element!.CloneNode(deep: true));

                (wrapper, run) = (null, null);
                continue;
            }

            if (wrapper is null && run is null || wanted != wrapperMark)
            {
                wrapper = marks.Wrapper(wanted);
                wrapperMark = wanted;
                if (wrapper is not null) container.AppendChild(wrapper);
                run = null;
            }

            if (run is null || !SameXml(token.Properties, runSource))
            {
                run = new Run();
                runSource = token.Properties;
                if (token.Properties is not null) run.AppendChild((RunProperties)token.Properties.CloneNode(deep: true));
                (wrapper ?? container).AppendChild(run);
            }

            var deleted = wanted == Mark.Delete;
            switch (token.Kind)
            {
                case TokenKind.Text:
                    AppendText(run, token.Text, deleted);
                    break;
                case TokenKind.FieldCode:
                    run.AppendChild<OpenXmlElement>(deleted
                        ? new DeletedFieldCode(token.Text) { Space = SpaceProcessingModeValues.Preserve }
                        : (OpenXmlElement)new FieldCode(token.Text) { Space = SpaceProcessingModeValues.Preserve });
                    break;
                default:
                    run.AppendChild<OpenXmlElement>(token.Element!.CloneNode(deep: true));
                    break;
            }
        }

        return paragraph;
    }

    private static void AppendText(Run run, string text, bool deleted)
    {
        if (deleted && run.LastChild is DeletedText dt) dt.Text += text;
        else if (!deleted && run.LastChild is WordText t) t.Text += text;
        else
        {
            OpenXmlLeafTextElement element = deleted ? new DeletedText(text) : new WordText(text);
            run.AppendChild(element);
        }

        var last = (OpenXmlLeafTextElement)run.LastChild!;
        if (last.Text.Length > 0 && (char.IsWhiteSpace(last.Text[0]) || char.IsWhiteSpace(last.Text[^1])))
        {
            if (last is WordText plain) plain.Space = SpaceProcessingModeValues.Preserve;
            else ((DeletedText)last).Space = SpaceProcessingModeValues.Preserve;
        }
    }

    private static Paragraph Ranged(Paragraph paragraph, Mark mark, string move, RevisionMarks marks)
    {
        var (start, end) = marks.MoveRange(mark, move);
        paragraph.InsertAfter(start, paragraph.ParagraphProperties);
        paragraph.AppendChild(end);
        return paragraph;
    }

    private static bool SameXml(OpenXmlElement? a, OpenXmlElement? b) =>
        ReferenceEquals(a, b) || a is not null && b is not null && a.OuterXml == b.OuterXml;
}
