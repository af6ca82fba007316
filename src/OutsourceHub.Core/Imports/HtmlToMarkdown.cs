using System.Text;
using System.Text.RegularExpressions;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace OutsourceHub.Core.Imports;

/// <summary>
/// An article's HTML as Markdown the owner can edit: headings, paragraphs, lists, quotes, bold and italic, and http(s)
/// links; everything else becomes its text (scripts, styles, forms and images are left out). Markdown characters in
/// the text are escaped, so the page's words come back as words, never as markup.
/// </summary>
public static partial class HtmlToMarkdown
{
    private static readonly HashSet<string> Skipped = new(StringComparer.OrdinalIgnoreCase)
    {
        "script", "style", "noscript", "template", "iframe", "form", "button", "input", "select", "textarea", "svg", "img", "figure", "nav", "aside", "footer", "header",
    };

    public static string Convert(string html)
    {
        var document = new HtmlParser().ParseDocument(html);
        var md = new StringBuilder();
        Blocks(document.Body ?? (INode)document.DocumentElement, md, listDepth: 0);
        return Tidy(md.ToString());
    }

    private static void Blocks(INode parent, StringBuilder md, int listDepth)
    {
        var inline = new StringBuilder();
        foreach (var node in parent.ChildNodes)
        {
            if (node is IElement element && IsBlock(element))
            {
                Flush(inline, md);
                Block(element, md, listDepth);
            }
            else
            {
                Inline(node, inline);
            }
        }

        Flush(inline, md);
    }

    private static void Block(IElement element, StringBuilder md, int listDepth)
    {
        var name = element.LocalName;
        if (Skipped.Contains(name))
        {
            return;
        }

        switch (name)
        {
            case "h1" or "h2" or "h3" or "h4" or "h5" or "h6":
                var text = InlineText(element);
                if (text.Length > 0)
                {
                    md.Append('#', name[1] - '0').Append(' ').AppendLine(text).AppendLine();
                }

                break;
            case "p":
                Paragraph(InlineText(element), md);
                break;
            case "ul" or "ol":
                var number = 1;
                foreach (var item in element.Children.Where(c => c.LocalName == "li"))
                {
                    var marker = name == "ol" ? $"{number++}. " : "- ";
                    var indent = new string(' ', listDepth * 3);
                    var itemText = InlineText(item, skipLists: true);
                    if (itemText.Length > 0)
                    {
                        md.Append(indent).Append(marker).AppendLine(itemText);
                    }

                    foreach (var nested in item.Children.Where(c => c.LocalName is "ul" or "ol"))
                    {
                        var inner = new StringBuilder();
                        Block(nested, inner, listDepth + 1);
                        md.Append(inner.ToString().TrimEnd('\n')).AppendLine();
                    }
                }

                if (listDepth == 0)
                {
                    md.AppendLine();
                }

                break;
            case "blockquote":
                var quote = new StringBuilder();
                Blocks(element, quote, listDepth);
                foreach (var line in Tidy(quote.ToString()).Split('\n'))
                {
                    md.Append('>').Append(line.Length > 0 ? " " : string.Empty).AppendLine(line);
                }

                md.AppendLine();
                break;
            case "pre":
                Paragraph(Escape(Space(element.TextContent)), md);
                break;
            case "hr":
                break;
            default:
                Blocks(element, md, listDepth);
                break;
        }
    }

    private static void Inline(INode node, StringBuilder text)
    {
        switch (node)
        {
            case IText t:
                text.Append(Escape(t.Data));
                break;
            case IElement element when Skipped.Contains(element.LocalName):
                break;
            case IElement { LocalName: "br" }:
                text.Append(' ');
                break;
            case IElement { LocalName: "strong" or "b" } element:
                Wrap(element, text, "**");
                break;
            case IElement { LocalName: "em" or "i" } element:
                Wrap(element, text, "*");
                break;
            case IElement { LocalName: "a" } element:
                var label = InlineText(element);
                var href = element.GetAttribute("href");
                if (label.Length > 0 && href is not null && Uri.TryCreate(href, UriKind.Absolute, out var url) && url.Scheme is "http" or "https")
                {
                    text.Append('[').Append(label).Append("](").Append(url.AbsoluteUri.Replace(")", "%29", StringComparison.Ordinal)).Append(')');
                }
                else
                {
                    text.Append(label);
                }

                break;
            case IElement element:
                foreach (var child in element.ChildNodes)
                {
                    Inline(child, text);
                }

                break;
        }
    }

    private static void Wrap(IElement element, StringBuilder text, string mark)
    {
        var inner = InlineText(element);
        if (inner.Length > 0)
        {
            text.Append(mark).Append(inner).Append(mark);
        }
    }

    private static string InlineText(IElement element, bool skipLists = false)
    {
        var text = new StringBuilder();
        foreach (var child in element.ChildNodes)
        {
            if (skipLists && child is IElement { LocalName: "ul" or "ol" })
            {
                continue;
            }

            if (child is IElement block && IsBlock(block) && block.LocalName is not ("ul" or "ol"))
            {
                // A paragraph inside a list item reads as the item's text.
                text.Append(' ').Append(InlineText(block)).Append(' ');
                continue;
            }

            Inline(child, text);
        }

        return Space(text.ToString());
    }

    private static bool IsBlock(IElement element) => element.LocalName is
        "p" or "div" or "section" or "article" or "main" or "h1" or "h2" or "h3" or "h4" or "h5" or "h6" or "ul" or "ol" or "li"
        or "blockquote" or "pre" or "table" or "tbody" or "thead" or "tr" or "td" or "th" or "hr" or "figure" or "nav" or "aside"
        or "footer" or "header" or "form" or "dl" or "dt" or "dd";

    private static void Paragraph(string text, StringBuilder md)
    {
        if (text.Length > 0)
        {
            md.AppendLine(text).AppendLine();
        }
    }

    private static void Flush(StringBuilder inline, StringBuilder md)
    {
        Paragraph(Space(inline.ToString()), md);
        inline.Clear();
    }

    /// <summary>Markdown's own characters in the page's text, escaped so they stay text.</summary>
    public static string Escape(string text) => MarkdownCharacters().Replace(text, @"\$0");

    private static string Space(string text) => Whitespace().Replace(text, " ").Trim();

    private static string Tidy(string markdown) => BlankLines().Replace(markdown.Replace("\r", string.Empty, StringComparison.Ordinal), "\n\n").Trim() + "\n";

    [GeneratedRegex(@"[\\`*_\[\]<>#|~]")]
    private static partial Regex MarkdownCharacters();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();

    [GeneratedRegex(@"\n{3,}")]
    private static partial Regex BlankLines();
}
