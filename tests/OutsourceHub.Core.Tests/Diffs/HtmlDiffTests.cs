using System.Text.RegularExpressions;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using OutsourceHub.Core.Diffs;
using OutsourceHub.Core.Markdown;
using OutsourceHub.Testing;

namespace OutsourceHub.Core.Tests.Diffs;

/// <summary>
/// The reader's diff: two texts as the renderer made them, the newer one shown with inserted words in ins and deleted
/// words in del, by section. Its markup must stay well-formed whatever the texts hold.
/// </summary>
public sealed partial class HtmlDiffTests
{
    private const string Brief = """
        # Kickoff brief: Cold brew

        For Bean There. Read it all before you start.

        ## The job

        - **Title:** Cold brew
        - **Due:** Friday 4 December 2026
        - **Goal:** Explain cold brew

        ## Voice

        - **Tone:** warm, plain

        ## Expectations

        Open with a story. Keep it under 900 words.

        ## Questions

        Ask anything in the thread.
        """;

    private static readonly string[] VoidElements = ["br", "hr", "img", "input", "wbr", "col", "area", "source", "track", "meta", "link", "base", "embed", "param"];

    private readonly MarkdownRenderer renderer = new();

    public static TheoryData<string, string> Payloads
    {
        get
        {
            var data = new TheoryData<string, string>();
            foreach (var (attack, text) in XssPayloads.All)
            {
                data.Add(attack, text);
            }

            return data;
        }
    }

    [Fact]
    public void Only_the_changed_sections_are_changed_and_the_summary_names_them()
    {
        var after = Brief
            .Replace("Explain cold brew", "Sell more cold brew kits", StringComparison.Ordinal)
            .Replace("Keep it under 900 words.", "Keep it under 700 words.", StringComparison.Ordinal);

        var diff = Diff(Brief, after);

        Assert.Equal(["The job", "Expectations"], diff.ChangedSections.Select(s => s.Title));
        Assert.Equal("2 sections changed: The job, Expectations", diff.Summary);
        Assert.Equal(["Kickoff brief: Cold brew", "The job", "Voice", "Expectations", "Questions"], diff.Sections.Select(s => s.Title));
        Assert.All(diff.Sections.Where(s => !s.Changed), s => Assert.DoesNotMatch("<(ins|del)", s.Html));
    }

    [Fact]
    public void A_changed_section_reads_as_rendered_text_with_inserted_and_deleted_words_marked()
    {
        var after = Brief.Replace("Explain cold brew", "Sell more cold brew kits", StringComparison.Ordinal);

        var job = Parse(Diff(Brief, after).ChangedSections.Single().Html);

        Assert.Equal("The job", job.QuerySelector("h2")!.TextContent);
        Assert.Equal(3, job.QuerySelectorAll("ul > li").Length);
        Assert.Equal("Title:", job.QuerySelector("li strong")!.TextContent);
        Assert.Equal(["Sell more", "kits"], job.QuerySelectorAll("ins").Select(e => e.TextContent));
        Assert.Equal(["Explain"], job.QuerySelectorAll("del").Select(e => e.TextContent));
        Assert.Equal("Goal: Explain Sell more cold brew kits", Collapse(job.QuerySelectorAll("li")[2].TextContent));
        Assert.DoesNotContain("**", job.Body!.TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain("\\", job.Body!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void The_words_of_the_newer_text_are_all_there_and_the_older_ones_are_in_del()
    {
        const string before = "I eyeballed my coffee for two years.";
        const string after = "Honestly, I eyeballed my coffee for three years.";

        var html = Diff(before, after).Html;
        var page = Parse(html);

        Assert.Equal(["Honestly,", "three"], page.QuerySelectorAll("ins").Select(e => e.TextContent));
        Assert.Equal(["two"], page.QuerySelectorAll("del").Select(e => e.TextContent));
        Assert.Equal(after, Collapse(TextWithout(Parse(html), "del")));
        Assert.Equal(before, Collapse(TextWithout(Parse(html), "ins")));
    }

    [Fact]
    public void A_list_item_added_or_removed_is_an_item_of_its_own()
    {
        var added = Parse(Diff(Brief, Brief.Replace("- **Goal:** Explain cold brew", "- **Goal:** Explain cold brew\n- **Keywords:** cold brew, summer", StringComparison.Ordinal)).Html);
        var removed = Parse(Diff(Brief, Brief.Replace("- **Due:** Friday 4 December 2026\n", string.Empty, StringComparison.Ordinal)).ChangedSections.Single().Html);

        var newItem = added.QuerySelectorAll("li").Single(li => li.TextContent.Contains("Keywords", StringComparison.Ordinal));
        Assert.Equal("Keywords: cold brew, summer", Collapse(string.Concat(newItem.QuerySelectorAll("ins").Select(e => e.TextContent + " "))).Trim());
        var lostItem = removed.QuerySelectorAll("li").Single(li => li.TextContent.Contains("Due", StringComparison.Ordinal));
        Assert.Empty(lostItem.QuerySelectorAll("ins"));
        Assert.Equal("Due: Friday 4 December 2026", Collapse(string.Join(" ", lostItem.QuerySelectorAll("del").Select(e => e.TextContent))));
        Assert.Equal(["Title:", "Due:", "Goal:"], removed.QuerySelectorAll("li").Select(li => li.QuerySelector("strong")!.TextContent));
        Assert.All(removed.QuerySelectorAll("del"), del => Assert.Same(lostItem, del.Closest("li")));
    }

    [Fact]
    public void A_section_added_or_removed_whole_is_named_and_marked_whole()
    {
        var withoutExpectations = Brief.Replace("## Expectations\n\nOpen with a story. Keep it under 900 words.\n\n", string.Empty, StringComparison.Ordinal);

        var removed = Diff(Brief, withoutExpectations);
        var added = Diff(withoutExpectations, Brief);

        Assert.Equal("1 section changed: Expectations", removed.Summary);
        Assert.Equal("1 section changed: Expectations", added.Summary);
        Assert.Equal(["Expectations", "Open with a story. Keep it under 900 words."], Parse(removed.ChangedSections[0].Html).QuerySelectorAll("del.diff-block").Select(e => e.TextContent));
        Assert.Equal(["Expectations", "Open with a story. Keep it under 900 words."], Parse(added.ChangedSections[0].Html).QuerySelectorAll("ins.diff-block").Select(e => e.TextContent));
    }

    [Fact]
    public void Identical_texts_have_no_changed_section()
    {
        var diff = Diff(Brief, Brief);

        Assert.Empty(diff.ChangedSections);
        Assert.Equal("No change a reader would see.", diff.Summary);
        Assert.Equal((0, 0), (diff.Insertions, diff.Deletions));
    }

    [Fact]
    public void Headings_in_the_diff_carry_no_ids_so_they_do_not_clash_with_the_brief_on_the_same_page()
    {
        var diff = Diff(Brief, Brief.Replace("## Voice", "## Voice and tone", StringComparison.Ordinal));

        Assert.DoesNotContain(" id=", diff.Html, StringComparison.Ordinal);
        Assert.Equal("Voice and tone", diff.ChangedSections.Single().Title);
    }

    [Theory]
    [InlineData("Intro paragraph.\n\n- one\n- two\n\nEnd.", "Intro paragraph\n\n# one\n\ntwo and more\n\n- End.")]
    [InlineData("## A\n\nText under a.\n\n## B\n\n1. first\n2. second", "Text under a.\n\n## A B\n\n- first\n  - second nested\n\n> quoted")]
    [InlineData("- a\n  - b\n    - c\n- d", "- a\n- d\n  - c")]
    [InlineData("| h | i |\n|---|---|\n| 1 | 2 |", "| h | j |\n|---|---|\n| 1 | 2 |\n| 3 | 4 |")]
    [InlineData("Some **bold and *nested* words** here.", "Some bold and *nested* words **here**.")]
    [InlineData("```\nx < y && y > z\n```\n\nA & B <b>", "```\nx < y & y > z\n```\n\nA &amp; B <i> and <script>alert(1)</script>")]
    [InlineData("", "# Something\n\nnew")]
    [InlineData("# Everything\n\ngoes", "")]
    public void The_markup_stays_well_formed_across_headings_lists_and_paragraphs(string before, string after)
    {
        var diff = Diff(before, after);

        AssertWellFormed(diff.Html);
        Assert.Empty(Parse(diff.Html).QuerySelectorAll("script"));
        Assert.Equal(Collapse(renderer.Render(after).Html is { Length: > 0 } html ? Parse(html).Body!.TextContent : string.Empty).Trim(), Collapse(TextWithout(Parse(diff.Html), "del")).Trim());
    }

    [Fact]
    public void Text_with_angle_brackets_and_ampersands_stays_text()
    {
        var diff = Diff("Compare a < b & c.", "Compare a < b && c > d <script>alert(1)</script>.");
        var page = Parse(diff.Html);

        AssertWellFormed(diff.Html);
        Assert.Empty(page.QuerySelectorAll("script"));
        Assert.Contains("&amp;&amp;", diff.Html, StringComparison.Ordinal);
        Assert.Contains("<script>alert(1)</script>.", page.Body!.TextContent, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Payloads))]
    public void No_payload_becomes_markup_in_the_diff(string attack, string payload)
    {
        var before = $"## The job\n\nPlain words before.\n\n{payload}";
        var after = $"## The job\n\nPlain words after {payload}\n\n- {payload}\n\n{payload} and more";

        var diff = Diff(before, after);

        AssertWellFormed(diff.Html);
        var allowed = Parse(renderer.Render(before).Html + renderer.Render(after).Html).Body!.Descendants<IElement>().Select(e => e.LocalName).ToHashSet();
        allowed.UnionWith(["ins", "del"]);
        var elements = Parse(diff.Html).Body!.Descendants<IElement>().ToList();
        Assert.True(elements.All(e => allowed.Contains(e.LocalName)), $"{attack}: an element the renderer did not make appeared in {diff.Html}");
        Assert.True(!elements.Any(e => e.Attributes.Any(a => a.Name.StartsWith("on", StringComparison.OrdinalIgnoreCase) || a.Name == "style")), $"{attack}: {diff.Html}");
    }

    // The bounds catch work growing with the square of the text (tens of seconds here), not a slow machine: about 0.1 s
    // and 1 s on 2 busy cores.
    [Fact]
    public void A_long_draft_with_one_changed_word_is_diffed_quickly()
    {
        var paragraphs = Enumerable.Range(0, 400).Select(i => $"Paragraph {i} says something about cold brew and the water it needs, plainly.").ToList();
        var before = string.Join("\n\n", paragraphs);
        paragraphs[200] = paragraphs[200].Replace("plainly", "clearly", StringComparison.Ordinal);
        var after = string.Join("\n\n", paragraphs);

        var watch = System.Diagnostics.Stopwatch.StartNew();
        var diff = Diff(before, after);

        Assert.Equal((1, 1), (diff.Insertions, diff.Deletions));
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(5), $"took {watch.Elapsed}");
    }

    [Fact]
    public void A_long_list_rewritten_item_by_item_is_diffed_quickly()
    {
        var before = string.Join("\n", Enumerable.Range(0, 2000).Select(i => $"- item {i} about water"));
        var after = string.Join("\n", Enumerable.Range(0, 2000).Select(i => i % 2 == 0 ? $"- point {i} on beans" : $"- item {i} about water"));

        var (beforeHtml, afterHtml) = (renderer.Render(before).Html, renderer.Render(after).Html);

        var watch = System.Diagnostics.Stopwatch.StartNew();
        var diff = HtmlDiff.Compare(beforeHtml, afterHtml);
        var elapsed = watch.Elapsed;

        AssertWellFormed(diff.Html);
        Assert.True(diff.Deletions >= 1000, $"{diff.Deletions} deletions");
        Assert.True(elapsed < TimeSpan.FromSeconds(5), $"took {elapsed}");
    }

    private RenderedDiff Diff(string before, string after) => HtmlDiff.Compare(renderer.Render(before).Html, renderer.Render(after).Html);

    private static IDocument Parse(string html) => new HtmlParser().ParseDocument($"<!DOCTYPE html><html><body>{html}</body></html>");

    private static string TextWithout(IDocument document, string tag)
    {
        foreach (var element in document.QuerySelectorAll(tag).ToList())
        {
            element.Remove();
        }

        return document.Body!.TextContent;
    }

    private static string Collapse(string text) => Spaces().Replace(text, " ").Trim();

    /// <summary>Every tag opened is closed in the same element, in order (void elements apart); attribute values are skipped.</summary>
    private static void AssertWellFormed(string html)
    {
        var open = new Stack<string>();
        foreach (Match tag in Tags().Matches(html))
        {
            var name = tag.Groups["name"].Value.ToLowerInvariant();
            if (tag.Groups["close"].Success)
            {
                if (open.Count == 0 || open.Peek() != name)
                {
                    Assert.Fail($"</{name}> closes {(open.Count > 0 ? open.Peek() : "nothing")} in {html}");
                }

                open.Pop();
            }
            else if (!VoidElements.Contains(name))
            {
                open.Push(name);
            }
        }

        Assert.True(open.Count == 0, $"left open: {string.Join(", ", open)} in {html}");
        Assert.DoesNotMatch("<(?![a-zA-Z/])", html);
    }

    [GeneratedRegex("""<(?<close>/)?(?<name>[a-zA-Z][a-zA-Z0-9]*)(?:\s+[^\s"'>/=]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'>]+))?)*\s*/?>""")]
    private static partial Regex Tags();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();
}
