using System.Text;
using System.Text.RegularExpressions;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using DiffPlex;
using DiffPlex.Model;

namespace OutsourceHub.Core.Diffs;

/// <summary>
/// What changed between two texts as a reader sees them: both sides are HTML the <c>MarkdownRenderer</c> made (stored
/// with the brief version or the draft, or a cached preview), and the result is the newer HTML with inserted words in
/// <c>&lt;ins&gt;</c> and deleted words in <c>&lt;del&gt;</c>, grouped in sections by heading.
/// </summary>
/// <remarks>
/// Two levels, so the markup stays well-formed whatever changed: the top-level blocks (heading, paragraph, list,
/// table…) are aligned first; an unchanged block is kept as it was, a block only one side has is wrapped whole, and
/// a changed block is diffed word by word inside its text nodes, keeping the newer block's tags. Every change is made
/// on the parsed DOM and serialised by AngleSharp, so no tag is ever opened in one element and closed in another, and
/// text (a "&lt;script&gt;" typed by a user) stays text. Nothing here renders Markdown.
/// </remarks>
public static partial class HtmlDiff
{
    private static readonly Differ Differ = new();

    private static readonly PieceChunker Chunker = new();

    /// <summary>The reader's diff of <paramref name="beforeHtml"/> against <paramref name="afterHtml"/>.</summary>
    public static RenderedDiff Compare(string beforeHtml, string afterHtml)
    {
        var document = new HtmlParser().ParseDocument(string.Empty);
        var before = Blocks(document, beforeHtml);
        var after = Blocks(document, afterHtml);
        var counts = new Counts();
        var results = new List<BlockResult>();
        var deleted = new List<int>();
        var inserted = new List<int>();

        void FlushChangeRun()
        {
            results.AddRange(ChangeRun(document, before, after, deleted, inserted, counts));
            deleted.Clear();
            inserted.Clear();
        }

        foreach (var (kind, oldIndex, newIndex) in Align(before.Select(Key).ToArray(), after.Select(Key).ToArray()))
        {
            switch (kind)
            {
                case DiffKind.Removed:
                    deleted.Add(oldIndex);
                    break;
                case DiffKind.Added:
                    inserted.Add(newIndex);
                    break;
                default:
                    FlushChangeRun();
                    results.Add(new BlockResult(after[newIndex], Changed: false));
                    break;
            }
        }

        FlushChangeRun();
        return new RenderedDiff(Sections(results), counts.Insertions, counts.Deletions);
    }

    /// <summary>The top-level blocks of one side, parsed into <paramref name="document"/>, without ids (the page shows the brief's own headings too).</summary>
    private static List<IElement> Blocks(IDocument document, string html)
    {
        var root = document.CreateElement("div");
        root.InnerHtml = html;
        foreach (var withId in root.QuerySelectorAll("[id]"))
        {
            withId.RemoveAttribute("id");
        }

        var blocks = new List<IElement>();
        foreach (var node in root.ChildNodes.ToList())
        {
            if (node is IElement element)
            {
                blocks.Add(element);
            }
            else if (node is IText text && !string.IsNullOrWhiteSpace(text.Data))
            {
                // The renderer never leaves text at the top level; if some other HTML does, it reads as a paragraph.
                var paragraph = document.CreateElement("p");
                text.Replace(paragraph);
                paragraph.AppendChild(text);
                blocks.Add(paragraph);
            }
        }

        return blocks;
    }

    /// <summary>
    /// A run of blocks removed and added between two unchanged ones: blocks of the same kind are paired (aligned on
    /// their tag names) and diffed word by word; the others are shown whole as deleted or inserted.
    /// </summary>
    private static IEnumerable<BlockResult> ChangeRun(IDocument document, List<IElement> before, List<IElement> after, List<int> deleted, List<int> inserted, Counts counts)
    {
        if (deleted.Count == 0 && inserted.Count == 0)
        {
            yield break;
        }

        var oldTags = deleted.Select(i => before[i].LocalName).ToArray();
        var newTags = inserted.Select(i => after[i].LocalName).ToArray();
        foreach (var (kind, oldAt, newAt) in Align(oldTags, newTags))
        {
            switch (kind)
            {
                case DiffKind.Removed:
                    counts.Deletions++;
                    yield return new BlockResult(Wrap(document, "del", before[deleted[oldAt]]), Changed: true, Deleted: before[deleted[oldAt]]);
                    break;
                case DiffKind.Added:
                    counts.Insertions++;
                    yield return new BlockResult(Wrap(document, "ins", after[inserted[newAt]]), Changed: true, Inserted: after[inserted[newAt]]);
                    break;
                default:
                    var newBlock = after[inserted[newAt]];
                    WordDiff(document, before[deleted[oldAt]], newBlock, counts);
                    yield return new BlockResult(newBlock, Changed: true);
                    break;
            }
        }
    }

    private static IElement Wrap(IDocument document, string tag, IElement block)
    {
        var wrapper = document.CreateElement(tag);
        wrapper.ClassName = "diff-block";
        wrapper.AppendChild(block);
        return wrapper;
    }

    /// <summary>Sections start at each h1 or h2; what comes before the first heading is the opening.</summary>
    private static List<DiffSection> Sections(List<BlockResult> blocks)
    {
        var sections = new List<DiffSection>();
        string? title = null;
        var html = new StringBuilder();
        var changed = false;

        void Close()
        {
            if (html.Length > 0)
            {
                sections.Add(new DiffSection(title ?? "Opening", changed, html.ToString()));
            }

            html.Clear();
            changed = false;
        }

        foreach (var block in blocks)
        {
            var heading = block.Heading;
            if (heading is not null)
            {
                Close();
                title = Collapse(heading.TextContent).Trim();
            }

            changed |= block.Changed;
            html.Append(block.Element.OuterHtml).Append('\n');
        }

        Close();
        return sections;
    }

    /// <summary>
    /// Marks, inside <paramref name="newBlock"/>, the words <paramref name="oldBlock"/> did not have (ins) and puts the
    /// words it lost (del) where they stood. A list item lost whole comes back as an item of its own.
    /// </summary>
    private static void WordDiff(IDocument document, IElement oldBlock, IElement newBlock, Counts counts)
    {
        var oldTokens = Tokens(oldBlock);
        var newTokens = Tokens(newBlock);
        var oldItems = ItemRanges(oldTokens, oldBlock);
        var added = new bool[newTokens.Count];
        var before = new Dictionary<int, List<INode>>();
        var after = new Dictionary<int, List<INode>>();
        var lastInsertedAfter = new Dictionary<IElement, IElement>();
        int previousOld = -1, previousNew = -1;
        var deleted = new List<int>();

        void PlaceDeleted()
        {
            if (deleted.Count == 0)
            {
                return;
            }

            var next = previousNew + 1 < newTokens.Count ? previousNew + 1 : -1;
            for (var k = 0; k < deleted.Count;)
            {
                var item = WholeItem(oldTokens, oldItems, oldBlock, deleted[k], deleted[^1]);
                if (item is not null && PlaceItem(document, item, oldBlock, newTokens, newBlock, previousNew, next, lastInsertedAfter))
                {
                    counts.Deletions++;
                    k += item.Tokens;
                    continue;
                }

                // Words lost stand just before the words that came after them; words lost at the end of a paragraph or
                // item stay with the words they followed instead of starting the next one.
                var block = BlockOf(oldTokens[deleted[k]].Node, oldBlock);
                var text = new StringBuilder();
                for (; k < deleted.Count && BlockOf(oldTokens[deleted[k]].Node, oldBlock) == block; k++)
                {
                    AppendOld(text, oldTokens, deleted[k], first: text.Length == 0);
                }

                var del = Marked(document, "del", text.ToString().Trim());
                counts.Deletions++;
                var staysWithPrevious = previousOld >= 0 && previousNew >= 0 && BlockOf(oldTokens[previousOld].Node, oldBlock) == block;
                var nextInSameBlock = next >= 0 && previousNew >= 0 && BlockOf(newTokens[next].Node, newBlock) == BlockOf(newTokens[previousNew].Node, newBlock);
                if (staysWithPrevious && !nextInSameBlock)
                {
                    Add(after, previousNew, EndsWithSpace(newTokens[previousNew].Text) ? [del, document.CreateTextNode(" ")] : [document.CreateTextNode(" "), del]);
                }
                else if (next >= 0)
                {
                    Add(before, next, [del, document.CreateTextNode(" ")]);
                }
                else if (previousNew >= 0)
                {
                    Add(after, previousNew, [document.CreateTextNode(" "), del]);
                }
                else
                {
                    newBlock.AppendChild(del);
                }
            }

            deleted.Clear();
        }

        foreach (var (kind, oldIndex, newIndex) in Align(oldTokens.Select(t => t.Word).ToArray(), newTokens.Select(t => t.Word).ToArray()))
        {
            // Removals come before the additions that replace them: they are placed once the run's first addition
            // or the next unchanged word comes, beside the last unchanged word.
            switch (kind)
            {
                case DiffKind.Removed:
                    deleted.Add(oldIndex);
                    break;
                case DiffKind.Added:
                    PlaceDeleted();
                    added[newIndex] = true;
                    break;
                default:
                    PlaceDeleted();
                    previousOld = oldIndex;
                    previousNew = newIndex;
                    break;
            }
        }

        PlaceDeleted();
        counts.Insertions += Rebuild(document, newTokens, added, before, after);
    }

    private static void Add(Dictionary<int, List<INode>> at, int index, INode[] nodes)
    {
        if (!at.TryGetValue(index, out var list))
        {
            at[index] = list = [];
        }

        list.AddRange(nodes);
    }

    /// <summary>Replaces each new text node that changed by its words, inserted runs in ins, deletions where they were placed. Returns the insertions.</summary>
    private static int Rebuild(IDocument document, List<Token> tokens, bool[] added, Dictionary<int, List<INode>> before, Dictionary<int, List<INode>> after)
    {
        var insertions = 0;
        for (var start = 0; start < tokens.Count;)
        {
            var node = tokens[start].Node;
            var end = start;
            while (end < tokens.Count && tokens[end].Node == node)
            {
                end++;
            }

            var touched = false;
            for (var i = start; i < end; i++)
            {
                touched |= added[i] || before.ContainsKey(i) || after.ContainsKey(i);
            }

            if (touched)
            {
                var nodes = new List<INode>();
                var plain = new StringBuilder(tokens[start].Lead);
                var insertedText = new StringBuilder();

                void FlushPlain()
                {
                    if (plain.Length > 0)
                    {
                        nodes.Add(document.CreateTextNode(plain.ToString()));
                        plain.Clear();
                    }
                }

                void FlushInserted()
                {
                    if (insertedText.Length == 0)
                    {
                        return;
                    }

                    var text = insertedText.ToString();
                    var words = text.TrimEnd();
                    FlushPlain();
                    nodes.Add(Marked(document, "ins", words));
                    insertions++;
                    plain.Append(text.AsSpan(words.Length));
                    insertedText.Clear();
                }

                for (var i = start; i < end; i++)
                {
                    if (before.TryGetValue(i, out var ahead))
                    {
                        FlushInserted();
                        FlushPlain();
                        nodes.AddRange(ahead);
                    }

                    if (added[i])
                    {
                        insertedText.Append(tokens[i].Text);
                    }
                    else
                    {
                        FlushInserted();
                        plain.Append(tokens[i].Text);
                    }

                    if (after.TryGetValue(i, out var behind))
                    {
                        FlushInserted();
                        FlushPlain();
                        nodes.AddRange(behind);
                    }
                }

                FlushInserted();
                FlushPlain();
                ((IText)node).Replace([.. nodes]);
            }

            start = end;
        }

        return insertions;
    }

    private static IElement Marked(IDocument document, string tag, string text)
    {
        var element = document.CreateElement(tag);
        element.TextContent = text;
        return element;
    }

    private static void AppendOld(StringBuilder text, List<Token> tokens, int index, bool first)
    {
        var token = tokens[index];
        if (!first)
        {
            var crossesNodes = index > 0 && tokens[index - 1].Node != token.Node;
            if (crossesNodes && token.Lead.Length == 0 && !char.IsWhiteSpace(text[^1]))
            {
                text.Append(' ');
            }

            text.Append(token.Lead);
        }

        text.Append(token.Text);
    }

    private static bool EndsWithSpace(string text) => text.Length > 0 && char.IsWhiteSpace(text[^1]);

    /// <summary>A list item of the old block whose words (all of them, nested items too) are among the deleted ones, starting at <paramref name="first"/>.</summary>
    private static WholeItemMatch? WholeItem(List<Token> tokens, Dictionary<IElement, (int From, int To)> items, IElement root, int first, int last)
    {
        WholeItemMatch? outermost = null;
        for (var element = tokens[first].Node.ParentElement; element is not null && element != root; element = element.ParentElement)
        {
            if (items.TryGetValue(element, out var range) && range.From == first && range.To <= last)
            {
                outermost = new WholeItemMatch(element, range.To - range.From + 1);
            }
        }

        return outermost;
    }

    /// <summary>The first and last word of each list item, found in one pass so long lists stay linear.</summary>
    private static Dictionary<IElement, (int From, int To)> ItemRanges(List<Token> tokens, IElement root)
    {
        var items = new Dictionary<IElement, (int From, int To)>();
        for (var i = 0; i < tokens.Count; i++)
        {
            for (var element = tokens[i].Node.ParentElement; element is not null && element != root; element = element.ParentElement)
            {
                if (element.LocalName == "li")
                {
                    items[element] = items.TryGetValue(element, out var range) ? (range.From, i) : (i, i);
                }
            }
        }

        return items;
    }

    /// <summary>Puts a lost list item back, its words struck, beside the item at the same depth where it stood.</summary>
    private static bool PlaceItem(
        IDocument document, WholeItemMatch item, IElement oldRoot, List<Token> newTokens, IElement newRoot, int previousNew, int next, Dictionary<IElement, IElement> lastInsertedAfter)
    {
        var depth = ItemDepth(item.Element, oldRoot);
        var listTag = item.Element.ParentElement?.LocalName;
        var nextItem = next >= 0 ? ItemAtDepth(newTokens[next].Node, newRoot, depth) : null;
        var previousItem = previousNew >= 0 ? ItemAtDepth(newTokens[previousNew].Node, newRoot, depth) : null;
        if (nextItem?.ParentElement?.LocalName != listTag)
        {
            nextItem = null;
        }

        if (previousItem?.ParentElement?.LocalName != listTag)
        {
            previousItem = null;
        }

        if (nextItem is null && previousItem is null)
        {
            return false;
        }

        foreach (var text in item.Element.Descendants<IText>().Where(t => !string.IsNullOrWhiteSpace(t.Data)).ToList())
        {
            // The spaces around the words stay outside, so the strike-through covers words only.
            var words = text.Data.Trim();
            var lead = text.Data[..text.Data.IndexOf(words, StringComparison.Ordinal)];
            var trail = text.Data[(lead.Length + words.Length)..];
            text.Replace([.. new INode[] { document.CreateTextNode(lead), Marked(document, "del", words), document.CreateTextNode(trail) }.Where(n => n.TextContent.Length > 0)]);
        }

        item.Element.ClassName = "diff-removed-item";
        if (nextItem is not null)
        {
            nextItem.Before(item.Element);
        }
        else
        {
            var anchor = lastInsertedAfter.GetValueOrDefault(previousItem!, previousItem!);
            anchor.After(item.Element);
            lastInsertedAfter[previousItem!] = item.Element;
        }

        return true;
    }

    private static int ItemDepth(IElement element, IElement root)
    {
        var depth = 0;
        for (var e = element; e is not null && e != root; e = e.ParentElement)
        {
            depth += e.LocalName == "li" ? 1 : 0;
        }

        return depth;
    }

    private static IElement? ItemAtDepth(INode node, IElement root, int depth)
    {
        for (var e = node.ParentElement; e is not null && e != root; e = e.ParentElement)
        {
            if (e.LocalName == "li" && ItemDepth(e, root) == depth)
            {
                return e;
            }
        }

        return null;
    }

    /// <summary>The paragraph, item, heading or cell a text node belongs to: deleted words are kept with their own.</summary>
    private static IElement BlockOf(INode node, IElement root)
    {
        for (var e = node.ParentElement; e is not null && e != root; e = e.ParentElement)
        {
            if (e.LocalName is "p" or "li" or "h1" or "h2" or "h3" or "h4" or "h5" or "h6" or "td" or "th" or "dt" or "dd" or "pre" or "blockquote")
            {
                return e;
            }
        }

        return root;
    }

    /// <summary>The words of a block in document order, each with the space after it, compared without that space.</summary>
    private static List<Token> Tokens(IElement block)
    {
        var tokens = new List<Token>();
        foreach (var text in block.Descendants<IText>())
        {
            var lead = text.Data.Length - text.Data.TrimStart().Length;
            var first = true;
            foreach (Match word in WordPattern().Matches(text.Data))
            {
                tokens.Add(new Token(text, first ? text.Data[..lead] : string.Empty, word.Value, word.Value.TrimEnd()));
                first = false;
            }
        }

        return tokens;
    }

    /// <summary>
    /// What a block is, for finding the unchanged ones: its tags, links and words, whitespace collapsed; other
    /// attributes are left out, so a version stored before a renderer change still matches its unchanged blocks.
    /// </summary>
    private static string Key(IElement block)
    {
        var key = new StringBuilder();
        AppendKey(key, block);
        return key.ToString();
    }

    private static void AppendKey(StringBuilder key, INode node)
    {
        switch (node)
        {
            case IText text:
                key.Append(Collapse(text.Data));
                break;
            case IElement element:
                key.Append('<').Append(element.LocalName);
                foreach (var name in (string[])["href", "src", "alt"])
                {
                    if (element.GetAttribute(name) is { } value)
                    {
                        key.Append(' ').Append(name).Append('=').Append(value);
                    }
                }

                key.Append('>');
                foreach (var child in element.ChildNodes)
                {
                    AppendKey(key, child);
                }

                key.Append("</>");
                break;
        }
    }

    private static string Collapse(string text) => SpacePattern().Replace(text, " ");

    /// <summary>Both sequences aligned by DiffPlex: each step keeps (both indexes), removes (old index) or adds (new index); a removal comes before the addition that replaces it.</summary>
    private static IEnumerable<(DiffKind Kind, int Old, int New)> Align(string[] before, string[] after)
    {
        if (before.Length == 0 || after.Length == 0)
        {
            for (var i = 0; i < before.Length; i++)
            {
                yield return (DiffKind.Removed, i, -1);
            }

            for (var j = 0; j < after.Length; j++)
            {
                yield return (DiffKind.Added, -1, j);
            }

            yield break;
        }

        // The pieces travel to DiffPlex joined by NUL, which neither Markdig nor the HTML parser lets into text.
        DiffResult result = Differ.CreateDiffs(string.Join('\0', before), string.Join('\0', after), ignoreWhiteSpace: false, ignoreCase: false, Chunker);
        int oldAt = 0, newAt = 0;
        foreach (var block in result.DiffBlocks)
        {
            while (oldAt < block.DeleteStartA)
            {
                yield return (DiffKind.Unchanged, oldAt++, newAt++);
            }

            for (var k = 0; k < block.DeleteCountA; k++)
            {
                yield return (DiffKind.Removed, oldAt++, -1);
            }

            for (var k = 0; k < block.InsertCountB; k++)
            {
                yield return (DiffKind.Added, -1, newAt++);
            }
        }

        while (oldAt < before.Length)
        {
            yield return (DiffKind.Unchanged, oldAt++, newAt++);
        }
    }

    [GeneratedRegex(@"\S+\s*")]
    private static partial Regex WordPattern();

    [GeneratedRegex(@"\s+")]
    private static partial Regex SpacePattern();

    private sealed record Token(INode Node, string Lead, string Text, string Word);

    private sealed record WholeItemMatch(IElement Element, int Tokens);

    private sealed class Counts
    {
        public int Insertions { get; set; }

        public int Deletions { get; set; }
    }

    private sealed record BlockResult(IElement Element, bool Changed, IElement? Deleted = null, IElement? Inserted = null)
    {
        /// <summary>The h1 or h2 this block is (or wraps, when it was added or removed whole), which starts a section.</summary>
        public IElement? Heading => (Deleted ?? Inserted ?? Element) is { LocalName: "h1" or "h2" } heading ? heading : null;
    }

    private sealed class PieceChunker : IChunker
    {
        public IReadOnlyList<string> Chunk(string text) => text.Split('\0');
    }
}
