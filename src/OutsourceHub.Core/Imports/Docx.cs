using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using Markdig;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using MdBlock = Markdig.Syntax.Block;
using MdInline = Markdig.Syntax.Inlines.Inline;
using WordParagraph = DocumentFormat.OpenXml.Wordprocessing.Paragraph;
using WordRun = DocumentFormat.OpenXml.Wordprocessing.Run;
using WordText = DocumentFormat.OpenXml.Wordprocessing.Text;

namespace OutsourceHub.Core.Imports;

/// <summary>
/// Word documents in and out. <see cref="ToMarkdown"/> reads a .docx's headings (Heading 1–6 or Title), paragraphs,
/// lists, bold, italic and links as Markdown; <see cref="FromMarkdown"/> writes Markdown (a draft, a brief) as a .docx
/// with the same parts, in the styles Word and LibreOffice know, so a document written here reads back the same.
/// </summary>
public static class Docx
{
    private const int BulletList = 1;
    private const int NumberedList = 2;

    /// <summary>The document's text as Markdown. Throws <see cref="ImportRefused"/> for a file that is not a readable Word document.</summary>
    public static string ToMarkdown(Stream docx)
    {
        WordprocessingDocument document;
        try
        {
            document = WordprocessingDocument.Open(docx, isEditable: false);
        }
        catch (Exception e) when (e is OpenXmlPackageException or FileFormatException or InvalidDataException or IOException)
        {
            throw new ImportRefused(ImportRefused.NotReadable("Word document"));
        }

        using (document)
        {
            var body = document.MainDocumentPart?.Document?.Body
                ?? throw new ImportRefused(ImportRefused.NotReadable("Word document"));
            var numbering = document.MainDocumentPart!.NumberingDefinitionsPart?.Numbering;
            var styles = document.MainDocumentPart.StyleDefinitionsPart?.Styles;
            var md = new StringBuilder();
            var inList = false;
            bool? numberedList = null;
            foreach (var paragraph in body.Descendants<WordParagraph>())
            {
                var text = Inlines(paragraph, document.MainDocumentPart);
                var styleId = paragraph.ParagraphProperties?.ParagraphStyleId?.Val?.Value;
                var numberingProperties = paragraph.ParagraphProperties?.NumberingProperties;
                if (text.Trim().Length == 0)
                {
                    continue;
                }

                if (HeadingLevel(styleId, styles) is int level)
                {
                    EndList(md, ref inList);
                    numberedList = null;
                    md.Append('#', level).Append(' ').AppendLine(text.Trim()).AppendLine();
                }
                else if (numberingProperties is not null || styleId is "ListBullet" or "ListNumber" or "ListParagraph")
                {
                    var depth = numberingProperties?.NumberingLevelReference?.Val?.Value ?? 0;
                    var numbered = styleId == "ListNumber" || IsNumbered(numberingProperties, numbering);
                    if (inList && depth == 0 && numberedList != numbered)
                    {
                        md.AppendLine(); // a bulleted list, then a numbered one: two lists
                    }

                    numberedList = depth == 0 ? numbered : numberedList;
                    md.Append(' ', depth * 3).Append(numbered ? "1. " : "- ").AppendLine(text.Trim());
                    inList = true;
                }
                else
                {
                    EndList(md, ref inList);
                    numberedList = null;
                    md.AppendLine(text.Trim()).AppendLine();
                }
            }

            EndList(md, ref inList);
            return md.ToString().Trim() + "\n";
        }
    }

    /// <summary>Markdown as a Word document, headings, lists, emphasis and links kept.</summary>
    public static byte[] FromMarkdown(string markdown, string title)
    {
        using var stream = new MemoryStream();
        using (var document = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            var main = document.AddMainDocumentPart();
            main.Document = new Document(new Body());
            AddStyles(main);
            AddNumbering(main);
            document.PackageProperties.Title = title;
            var body = main.Document.Body!;
            var parsed = Markdig.Markdown.Parse(markdown, new MarkdownPipelineBuilder().Build());
            foreach (var block in parsed)
            {
                Write(block, body, main, listDepth: 0, listKind: 0);
            }

            main.Document.Save();
        }

        return stream.ToArray();
    }

    private static void Write(MdBlock block, Body body, MainDocumentPart main, int listDepth, int listKind)
    {
        switch (block)
        {
            case HeadingBlock heading:
                body.Append(Paragraph($"Heading{Math.Clamp(heading.Level, 1, 6)}", heading.Inline, main));
                break;
            case ParagraphBlock paragraph:
                var written = Paragraph(listKind == 0 ? null : "ListParagraph", paragraph.Inline, main);
                if (listKind != 0)
                {
                    written.ParagraphProperties!.Append(new NumberingProperties(new NumberingLevelReference { Val = listDepth - 1 }, new NumberingId { Val = listKind }));
                }

                body.Append(written);
                break;
            case ListBlock list:
                foreach (var item in list.OfType<ListItemBlock>())
                {
                    foreach (var child in item)
                    {
                        Write(child, body, main, listDepth + 1, list.IsOrdered ? NumberedList : BulletList);
                    }
                }

                break;
            case QuoteBlock quote:
                foreach (var child in quote)
                {
                    Write(child, body, main, listDepth, listKind);
                }

                break;
            case LeafBlock leaf when leaf.Lines.Count > 0:
                body.Append(new WordParagraph(new WordRun(new WordText(leaf.Lines.ToString()) { Space = SpaceProcessingModeValues.Preserve })));
                break;
        }
    }

    private static WordParagraph Paragraph(string? style, ContainerInline? inlines, MainDocumentPart main)
    {
        var paragraph = new WordParagraph(new ParagraphProperties(style is null ? [] : [new ParagraphStyleId { Val = style }]));
        if (inlines is not null)
        {
            foreach (var inline in inlines)
            {
                Runs(inline, paragraph, main, bold: false, italic: false);
            }
        }

        return paragraph;
    }

    private static void Runs(MdInline inline, OpenXmlCompositeElement into, MainDocumentPart main, bool bold, bool italic)
    {
        switch (inline)
        {
            case LiteralInline literal:
                into.Append(Run(literal.Content.ToString(), bold, italic));
                break;
            case CodeInline code:
                into.Append(Run(code.Content, bold, italic));
                break;
            case LineBreakInline:
                into.Append(Run(" ", bold, italic));
                break;
            case EmphasisInline emphasis:
                foreach (var child in emphasis)
                {
                    Runs(child, into, main, bold || emphasis.DelimiterCount >= 2, italic || emphasis.DelimiterCount % 2 == 1);
                }

                break;
            case LinkInline link when !link.IsImage && link.Url is { } url && Uri.TryCreate(url, UriKind.Absolute, out var target) && target.Scheme is "http" or "https":
                var relationship = main.AddHyperlinkRelationship(target, isExternal: true);
                var hyperlink = new Hyperlink { Id = relationship.Id };
                foreach (var child in link)
                {
                    Runs(child, hyperlink, main, bold, italic);
                }

                into.Append(hyperlink);
                break;
            case ContainerInline container:
                foreach (var child in container)
                {
                    Runs(child, into, main, bold, italic);
                }

                break;
            case HtmlInline or HtmlEntityInline:
                break;
        }
    }

    private static WordRun Run(string text, bool bold, bool italic)
    {
        var run = new WordRun();
        if (bold || italic)
        {
            var properties = new RunProperties();
            if (bold)
            {
                properties.Append(new Bold());
            }

            if (italic)
            {
                properties.Append(new Italic());
            }

            run.Append(properties);
        }

        run.Append(new WordText(text) { Space = SpaceProcessingModeValues.Preserve });
        return run;
    }

    private static string Inlines(WordParagraph paragraph, MainDocumentPart main)
    {
        var text = new StringBuilder();
        foreach (var element in paragraph.Elements())
        {
            switch (element)
            {
                case WordRun run:
                    text.Append(RunText(run));
                    break;
                case Hyperlink hyperlink:
                    var label = string.Concat(hyperlink.Elements<WordRun>().Select(RunText));
                    var url = hyperlink.Id?.Value is { } id ? main.HyperlinkRelationships.FirstOrDefault(r => r.Id == id)?.Uri : null;
                    text.Append(url is not null && url.IsAbsoluteUri && url.Scheme is "http" or "https" && label.Trim().Length > 0
                        ? $"[{label.Trim()}]({url.AbsoluteUri})"
                        : label);
                    break;
                case SimpleField or InsertedRun:
                    text.Append(HtmlToMarkdown.Escape(element.InnerText));
                    break;
            }
        }

        return text.ToString();
    }

    private static string RunText(WordRun run)
    {
        var raw = string.Concat(run.ChildElements.Select(c => c switch
        {
            WordText t => t.Text,
            TabChar => " ",
            Break or CarriageReturn => " ",
            _ => string.Empty,
        }));
        if (raw.Trim().Length == 0)
        {
            return raw;
        }

        var properties = run.RunProperties;
        var bold = properties?.Bold is { } b && (b.Val is null || b.Val.Value);
        var italic = properties?.Italic is { } i && (i.Val is null || i.Val.Value);
        var escaped = HtmlToMarkdown.Escape(raw.Trim());
        var marked = bold && italic ? $"***{escaped}***" : bold ? $"**{escaped}**" : italic ? $"*{escaped}*" : escaped;
        // Keep the spaces around the words outside the emphasis marks, where Markdown needs them.
        return (raw.StartsWith(' ') ? " " : string.Empty) + marked + (raw.EndsWith(' ') ? " " : string.Empty);
    }

    private static int? HeadingLevel(string? styleId, Styles? styles)
    {
        if (styleId is null)
        {
            return null;
        }

        if (styleId == "Title")
        {
            return 1;
        }

        var name = styles?.Elements<Style>().FirstOrDefault(s => s.StyleId?.Value == styleId)?.StyleName?.Val?.Value ?? styleId;
        var compact = name.Replace(" ", string.Empty, StringComparison.Ordinal);
        return compact.StartsWith("heading", StringComparison.OrdinalIgnoreCase) && int.TryParse(compact.AsSpan(7), out var level) && level is >= 1 and <= 6
            ? level
            : null;
    }

    private static bool IsNumbered(NumberingProperties? properties, Numbering? numbering)
    {
        var numberId = properties?.NumberingId?.Val?.Value;
        if (numberId is null || numbering is null)
        {
            return false;
        }

        var level = properties!.NumberingLevelReference?.Val?.Value ?? 0;
        var abstractId = numbering.Elements<NumberingInstance>().FirstOrDefault(n => n.NumberID?.Value == numberId)?.AbstractNumId?.Val?.Value;
        var format = numbering.Elements<AbstractNum>().FirstOrDefault(a => a.AbstractNumberId?.Value == abstractId)?
            .Elements<Level>().FirstOrDefault(l => l.LevelIndex?.Value == level)?.NumberingFormat?.Val?.Value;
        return format is not null && format != NumberFormatValues.Bullet;
    }

    private static void EndList(StringBuilder md, ref bool inList)
    {
        if (inList)
        {
            md.AppendLine();
            inList = false;
        }
    }

    private static void AddStyles(MainDocumentPart main)
    {
        var styles = new Styles();
        styles.Append(new Style(new StyleName { Val = "Normal" }) { Type = StyleValues.Paragraph, StyleId = "Normal", Default = true });
        for (var level = 1; level <= 6; level++)
        {
            styles.Append(new Style(
                new StyleName { Val = $"heading {level}" },
                new BasedOn { Val = "Normal" },
                new NextParagraphStyle { Val = "Normal" },
                new StyleParagraphProperties(new KeepNext(), new OutlineLevel { Val = level - 1 }),
                new StyleRunProperties(new Bold(), new FontSize { Val = $"{Math.Max(22, 36 - (level * 3))}" }))
            { Type = StyleValues.Paragraph, StyleId = $"Heading{level}" });
        }

        styles.Append(new Style(new StyleName { Val = "List Paragraph" }, new BasedOn { Val = "Normal" }) { Type = StyleValues.Paragraph, StyleId = "ListParagraph" });
        main.AddNewPart<StyleDefinitionsPart>().Styles = styles;
    }

    private static void AddNumbering(MainDocumentPart main)
    {
        AbstractNum List(int id, NumberFormatValues format, Func<int, string> text) =>
            new(Enumerable.Range(0, 3).Select(level => new Level(
                new StartNumberingValue { Val = 1 },
                new NumberingFormat { Val = format },
                new LevelText { Val = text(level) },
                new PreviousParagraphProperties(new Indentation { Left = $"{720 * (level + 1)}", Hanging = "360" }))
            { LevelIndex = level }))
            { AbstractNumberId = id };

        main.AddNewPart<NumberingDefinitionsPart>().Numbering = new Numbering(
            List(BulletList, NumberFormatValues.Bullet, _ => "•"),
            List(NumberedList, NumberFormatValues.Decimal, level => $"%{level + 1}."),
            new NumberingInstance(new AbstractNumId { Val = BulletList }) { NumberID = BulletList },
            new NumberingInstance(new AbstractNumId { Val = NumberedList }) { NumberID = NumberedList });
    }
}
