using AgreementKit.Model;
using DocumentFormat.OpenXml.Wordprocessing;
using Paragraph = DocumentFormat.OpenXml.Wordprocessing.Paragraph;
using ModelParagraph = AgreementKit.Model.Paragraph;

namespace AgreementKit.Writers.Docx;

/// <summary>Body paragraphs, numbered items and glossary entries.</summary>
internal static class BlockWriter
{
    // A label needs at least a quarter em of space before the text: （1）…（9） (about 2.55 ems with the
    // body font's figures) fit the style's three; （10） (over 3) does not.
    private const double StyleLabelEms = StylesWriter.ItemLabelEms - 0.25;

    public static void Write(IReadOnlyList<Block> blocks, DocxBody body)
    {
        // Items of one list share a text column: if a label is wider than the style allows (（10） and up),
        // every item of the list gets the same wider hanging indent.
        var widest = blocks.OfType<Item>().Select(i => body.Ems(i.Label)).DefaultIfEmpty(0).Max();
        var labelEms = widest > StyleLabelEms ? Math.Ceiling(widest + 0.5) : (double?)null;
        for (var i = 0; i < blocks.Count; i++)
        {
            body.Tag = "n:" + blocks[i].Id;
            Write(blocks[i], body, labelEms, introducesList: i + 1 < blocks.Count && blocks[i + 1] is Item);
        }
    }

    private static void Write(Block block, DocxBody body, double? labelEms, bool introducesList)
    {
        switch (block)
        {
            case ModelParagraph p:
                var written = body.Add(StyleIds.Body, Runs.Text(p.Text));
                // "乙方应当：" announces the list after it; Word keeps it on the page of the first item.
                if (introducesList && p.Text.TrimEnd().EndsWith('：')) written.ParagraphProperties!.KeepNext = new KeepNext();
                break;
            case Item item:
                var paragraph = body.Add(StyleIds.Item, Runs.Text(item.Label), Runs.Tab(), Runs.Text(item.Text));
                if (labelEms is { } ems) Widen(paragraph, ems, body.EmTwips);
                break;
            case GlossaryEntry entry:
                body.Add(StyleIds.Body, Runs.Bold(entry.Term), Runs.Text("：" + entry.Definition));
                break;
            default:
                throw new InvalidOperationException($"the DOCX writer has no case for {block.GetType().Name}");
        }
    }

    private static void Widen(Paragraph paragraph, double labelEms, int emTwips)
    {
        // Twips for consumers that ignore the character units; hundredths of a character for Word.
        var left = StylesWriter.ItemIndentEms + labelEms;
        var properties = paragraph.ParagraphProperties!;
        // Tab stops add up along the style chain: the style's stop must be cleared, or a label ending just
        // before it would tab there and the text would not line up with the list's other items.
        properties.Tabs = new Tabs(
            new TabStop { Val = TabStopValues.Clear, Position = (StylesWriter.ItemIndentEms + StylesWriter.ItemLabelEms) * emTwips },
            new TabStop { Val = TabStopValues.Left, Position = (int)Math.Round(left * emTwips) });
        properties.Indentation = new Indentation
        {
            Left = Twips(left, emTwips),
            LeftChars = (int)Math.Round(left * 100),
            Hanging = Twips(labelEms, emTwips),
            HangingChars = (int)Math.Round(labelEms * 100),
        };
    }

    private static string Twips(double ems, int emTwips) => ((int)Math.Round(ems * emTwips)).ToString(System.Globalization.CultureInfo.InvariantCulture);
}
