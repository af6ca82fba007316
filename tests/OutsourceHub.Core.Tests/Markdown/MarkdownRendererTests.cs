using System.Text.RegularExpressions;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using OutsourceHub.Core.Markdown;
using OutsourceHub.Testing;

namespace OutsourceHub.Core.Tests.Markdown;

/// <summary>
/// The renderer is the only wall between what an owner or writer types and another person's browser, so
/// it is tested against a corpus of known XSS payloads, judged by parsing the output the way a browser would.
/// </summary>
public sealed partial class MarkdownRendererTests
{
    /// <summary>Attributes a browser follows as a URL (navigation, loading or submission).</summary>
    private static readonly string[] UrlAttributes =
    [
        "href", "src", "srcset", "action", "formaction", "xlink:href", "poster", "background", "cite",
        "data", "ping", "lowsrc", "dynsrc", "longdesc", "usemap", "manifest", "codebase", "icon", "profile",
    ];

    /// <summary>Elements that load or run something, or restyle the page, whatever their attributes say.</summary>
    private static readonly string[] ActiveElements =
    [
        "script", "iframe", "frame", "frameset", "object", "embed", "applet", "style", "link", "meta", "base",
        "form", "svg", "math", "template", "noscript",
    ];

    private readonly MarkdownRenderer renderer = new();

    /// <summary>
    /// Each payload with what it tries: the names show in the test runner's output. The corpus is shared with the
    /// end-to-end stored-XSS tests (tests/OutsourceHub.Web.Tests/Security/XssPayloads.cs, linked into this project).
    /// </summary>
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
    public void Markdown_becomes_html_and_keeps_its_source()
    {
        var text = renderer.Render("Open with **a story**.\n\n- one\n- two");

        Assert.Equal("Open with **a story**.\n\n- one\n- two", text.Markdown);
        Assert.Contains("<strong>a story</strong>", text.Html, StringComparison.Ordinal);
        Assert.Contains("<li>one</li>", text.Html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   \n ")]
    [InlineData(null)]
    public void Blank_input_is_empty(string? markdown) => Assert.True(renderer.Render(markdown).IsEmpty);

    [Fact]
    public void The_corpus_has_at_least_twenty_payloads() => Assert.True(Payloads.Count >= 20);

    [Theory]
    [MemberData(nameof(Payloads))]
    public void No_payload_leaves_a_script_an_event_handler_or_an_unsafe_url(string attack, string markdown)
    {
        var html = renderer.Render(markdown).Html;
        var document = new HtmlParser().ParseDocument($"<!DOCTYPE html><html><body>{html}</body></html>");
        var elements = document.Body!.Descendants<IElement>().ToList();

        Assert.True(
            !elements.Any(e => ActiveElements.Contains(e.LocalName, StringComparer.OrdinalIgnoreCase)),
            $"{attack}: an active element survived in {html}");
        Assert.True(
            !elements.Any(e => e.Attributes.Any(a => a.Name.StartsWith("on", StringComparison.OrdinalIgnoreCase))),
            $"{attack}: an event handler survived in {html}");
        Assert.True(
            !elements.Any(e => e.HasAttribute("style")),
            $"{attack}: a style attribute survived in {html}");
        var unsafeUrls = elements
            .SelectMany(e => e.Attributes)
            .Where(a => UrlAttributes.Contains(a.Name, StringComparer.OrdinalIgnoreCase) && !IsSafeUrl(a.Value))
            .Select(a => $"{a.Name}=\"{a.Value}\"")
            .ToList();
        Assert.True(unsafeUrls.Count == 0, $"{attack}: unsafe URL {string.Join(", ", unsafeUrls)} in {html}");
    }

    [Fact]
    public void Html_typed_as_text_is_shown_as_text()
    {
        var html = renderer.Render("Use `<script>` tags and <b>bold</b>").Html;
        var document = new HtmlParser().ParseDocument(html);

        Assert.Equal("<script>", document.QuerySelector("code")?.TextContent);
        Assert.Empty(document.QuerySelectorAll("b"));
        Assert.Contains("<b>bold</b>", document.Body?.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unsafe_link_keeps_its_words_once_as_text()
    {
        var html = renderer.Render("Read [my **own** story](javascript:alert(1)) first").Html;
        var document = new HtmlParser().ParseDocument(html);

        Assert.Empty(document.QuerySelectorAll("a"));
        Assert.Equal("Read my own story first", document.Body?.TextContent.Trim());
        Assert.Equal("own", document.QuerySelector("strong")?.TextContent);
    }

    [Fact]
    public void An_unsafe_bare_url_is_shown_once_as_text()
    {
        var html = renderer.Render("see ftp://files.example/x").Html;
        var document = new HtmlParser().ParseDocument(html);

        Assert.Empty(document.QuerySelectorAll("a"));
        Assert.Equal("see ftp://files.example/x", document.Body?.TextContent.Trim());
    }

    [Theory]
    [InlineData("[Sign in again](https://evil.example){.position-fixed .top-0 .start-0 .w-100 .h-100}")]
    [InlineData("# Notice {#changed-while-editing .alert .alert-danger}")]
    public void Text_cannot_set_its_own_classes_or_ids(string markdown)
    {
        var html = renderer.Render(markdown).Html;
        var document = new HtmlParser().ParseDocument(html);

        Assert.DoesNotContain(document.All, e => (e.GetAttribute("class") ?? string.Empty).Contains("position-fixed", StringComparison.Ordinal)
            || (e.GetAttribute("class") ?? string.Empty).Contains("alert", StringComparison.Ordinal));
        Assert.DoesNotContain(document.All, e => e.GetAttribute("id") == "changed-while-editing");
    }

    [Fact]
    public void A_video_written_as_an_image_keeps_its_address_as_a_link()
    {
        var html = renderer.Render("![My talk](https://www.youtube.com/watch?v=dQw4w9WgXcQ)").Html;
        var document = new HtmlParser().ParseDocument(html);

        Assert.Empty(document.QuerySelectorAll("img"));
        Assert.Equal("https://www.youtube.com/watch?v=dQw4w9WgXcQ", document.QuerySelector("a")?.GetAttribute("href"));
        Assert.Equal("Image: My talk (www.youtube.com)", document.QuerySelector("a")?.TextContent);
    }

    [Fact]
    public void An_image_from_another_host_is_a_link_the_reader_may_follow_and_nothing_is_fetched()
    {
        var html = renderer.Render("Thanks! ![Our **new** logo](https://tracker.example/pixel.gif?to=sam \"The logo\") More soon.").Html;
        var document = new HtmlParser().ParseDocument(html);

        Assert.Empty(document.QuerySelectorAll("img"));
        var link = Assert.Single(document.QuerySelectorAll("a"));
        Assert.Equal("https://tracker.example/pixel.gif?to=sam", link.GetAttribute("href"));
        Assert.Equal("Image: Our new logo (tracker.example)", link.TextContent);
        Assert.Equal("new", link.QuerySelector("strong")?.TextContent);
        Assert.Equal("The logo", link.GetAttribute("title"));
        Assert.Equal("nofollow noopener noreferrer", link.GetAttribute("rel"));
        Assert.Equal("Thanks! Image: Our new logo (tracker.example) More soon.", document.Body?.TextContent.Trim());
    }

    [Theory]
    [InlineData("![](https://cdn.example/a.png)", "Image (cdn.example)")]
    [InlineData("![chart](/Samples/3)", "Image: chart")]
    [InlineData("![chart][pic]\n\n[pic]: https://cdn.example/chart.png", "Image: chart (cdn.example)")]
    public void Every_image_becomes_a_link_with_its_alt_text_and_host(string markdown, string text)
    {
        var document = new HtmlParser().ParseDocument(renderer.Render(markdown).Html);

        Assert.Empty(document.QuerySelectorAll("img"));
        Assert.Equal(text, Assert.Single(document.QuerySelectorAll("a")).TextContent);
    }

    [Fact]
    public void An_image_inside_a_link_becomes_words_of_that_link_not_a_second_link()
    {
        var html = renderer.Render("[![build passing](https://badges.example/b.svg)](https://ci.example/run/1)").Html;
        var document = new HtmlParser().ParseDocument(html);

        Assert.Empty(document.QuerySelectorAll("img"));
        var link = Assert.Single(document.QuerySelectorAll("a"));
        Assert.Equal("https://ci.example/run/1", link.GetAttribute("href"));
        Assert.Equal("Image: build passing (badges.example)", link.TextContent);
    }

    [Fact]
    public void Headings_still_get_anchors()
    {
        var html = renderer.Render("## What I care about").Html;

        Assert.Equal("what-i-care-about", new HtmlParser().ParseDocument(html).QuerySelector("h2")?.Id);
    }

    [Fact]
    public void Safe_links_stay_links()
    {
        var html = renderer.Render("[site](https://example.com) and [mail](mailto:me@example.com) and [page](/Samples/3)").Html;
        var links = new HtmlParser().ParseDocument(html).QuerySelectorAll("a").Select(a => a.GetAttribute("href")).ToList();

        Assert.Equal(["https://example.com", "mailto:me@example.com", "/Samples/3"], links);
    }

    [Fact]
    public void Links_to_other_sites_do_not_pass_the_referrer_or_the_opener()
    {
        var html = renderer.Render("[site](https://example.com)").Html;
        var link = new HtmlParser().ParseDocument(html).QuerySelector("a");

        Assert.Equal("nofollow noopener noreferrer", link?.GetAttribute("rel"));
    }

    [Fact]
    public void Tables_and_task_lists_still_render()
    {
        var html = renderer.Render("| a | b |\n|---|---|\n| 1 | 2 |\n\n- [x] done\n- [ ] to do").Html;
        var document = new HtmlParser().ParseDocument(html);

        Assert.NotNull(document.QuerySelector("table td"));
        Assert.Equal(2, document.QuerySelectorAll("li").Length);
    }

    /// <summary>
    /// Judged the way a browser's URL parser would, independently of the renderer's own check: leading and
    /// embedded control characters and whitespace are dropped, and anything that then looks like a scheme
    /// must be http, https or mailto. Everything else is relative.
    /// </summary>
    private static bool IsSafeUrl(string value)
    {
        var compact = new string(value.Where(c => !char.IsControl(c) && !char.IsWhiteSpace(c)).ToArray());
        var scheme = SchemePattern().Match(compact);
        return !scheme.Success
            || scheme.Groups[1].Value.ToUpperInvariant() is "HTTP" or "HTTPS" or "MAILTO";
    }

    [GeneratedRegex("^([a-zA-Z][a-zA-Z0-9+.-]*):")]
    private static partial Regex SchemePattern();
}
