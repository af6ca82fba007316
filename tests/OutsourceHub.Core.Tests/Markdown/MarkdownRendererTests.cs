using AngleSharp.Html.Parser;
using OutsourceHub.Core.Markdown;

namespace OutsourceHub.Core.Tests.Markdown;

public sealed class MarkdownRendererTests
{
    private readonly MarkdownRenderer renderer = new();

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

    [Theory]
    [InlineData("<script>alert(1)</script>")]
    [InlineData("<img src=x onerror=alert(1)>")]
    [InlineData("[click](javascript:alert(1))")]
    [InlineData("[click](JaVaScRiPt:alert(1))")]
    [InlineData("[click](java\tscript:alert(1))")]
    [InlineData("![x](data:image/svg+xml;base64,PHN2Zz4=)")]
    [InlineData("<javascript:alert(1)>")]
    public void Script_never_survives(string markdown)
    {
        var html = renderer.Render(markdown).Html;
        var document = new HtmlParser().ParseDocument(html);

        Assert.Empty(document.QuerySelectorAll("script"));
        Assert.DoesNotContain(document.All, e => e.Attributes.Any(a => a.Name.StartsWith("on", StringComparison.OrdinalIgnoreCase)));
        Assert.DoesNotContain(document.All, e => (e.GetAttribute("href") ?? e.GetAttribute("src") ?? string.Empty)
            .Replace("\t", string.Empty, StringComparison.Ordinal).Contains("script:", StringComparison.OrdinalIgnoreCase)
            || (e.GetAttribute("src") ?? string.Empty).StartsWith("data:", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public void Safe_links_stay_links()
    {
        var html = renderer.Render("[site](https://example.com) and [mail](mailto:me@example.com) and [page](/Samples/3)").Html;
        var links = new HtmlParser().ParseDocument(html).QuerySelectorAll("a").Select(a => a.GetAttribute("href")).ToList();

        Assert.Equal(["https://example.com", "mailto:me@example.com", "/Samples/3"], links);
    }
}
