using SmartReader;

namespace OutsourceHub.Core.Imports;

/// <summary>The readable article of a web page and its title, as Markdown.</summary>
public sealed record Article(string? Title, string Markdown);

/// <summary>
/// A page's article, found by SmartReader (a port of Mozilla's Readability, the Firefox reader view) and written as
/// Markdown by <see cref="HtmlToMarkdown"/>: navigation, sidebars, comments and footers left behind.
/// </summary>
public static class ArticleText
{
    public const string NoArticle = "No article was found on that page: it may be a home page or a list. Open the piece itself and use its link, or paste the text.";

    public static bool LooksLikeHtml(string text)
    {
        var start = text.TrimStart();
        return start.StartsWith("<!doctype html", StringComparison.OrdinalIgnoreCase)
            || start.StartsWith("<html", StringComparison.OrdinalIgnoreCase)
            || (start.StartsWith('<') && text.Contains("<body", StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>The article of the page; throws <see cref="ImportRefused"/> when the page has none.</summary>
    public static Article Extract(string html, Uri? address)
    {
        // The constructor with the text parses what it is given; Reader.ParseArticle(uri, string) would fetch the page itself.
        var article = new Reader((address ?? new Uri("https://example.invalid/")).AbsoluteUri, html).GetArticle();
        var markdown = article.IsReadable ? HtmlToMarkdown.Convert(article.Content) : string.Empty;
        if (markdown.Trim().Length == 0)
        {
            throw new ImportRefused(NoArticle);
        }

        return new Article(string.IsNullOrWhiteSpace(article.Title) ? null : article.Title.Trim(), markdown);
    }
}
