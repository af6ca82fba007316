using Ganss.Xss;
using Markdig;
using Markdig.Extensions.GenericAttributes;
using Markdig.Extensions.MediaLinks;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace OutsourceHub.Core.Markdown;

/// <summary>
/// The one place user Markdown becomes HTML: Markdig with raw HTML disabled, links limited to http, https and
/// mailto (anything else is shown as text), images turned into links (see <see cref="ImagesBecomeLinks"/>), then
/// the HTML sanitised as a second wall. Tested against an XSS corpus in
/// tests/OutsourceHub.Core.Tests/Markdown/MarkdownRendererTests.cs.
/// </summary>
public sealed class MarkdownRenderer
{
    private static readonly string[] AllowedSchemes = ["http", "https", "mailto"];

    private readonly MarkdownPipeline pipeline = CreatePipeline();

    private readonly HtmlSanitizer sanitizer = CreateSanitizer();

    private long renders;

    /// <summary>
    /// How many texts this renderer has turned into HTML since it was made: the seam the tests read to prove
    /// that read requests render nothing (Markdown is rendered when it is written, previews are cached).
    /// </summary>
    public long Renders => Interlocked.Read(ref renders);

    public RichText Render(string? markdown)
    {
        if (string.IsNullOrWhiteSpace(markdown))
        {
            return RichText.Empty;
        }

        Interlocked.Increment(ref renders);
        var document = Markdig.Markdown.Parse(markdown, pipeline);
        NeutraliseUnsafeLinks(document);
        ImagesBecomeLinks(document);
        var html = document.ToHtml(pipeline);
        return new RichText(markdown, sanitizer.Sanitize(html));
    }

    /// <summary>True for relative links (inside the app) and for absolute http, https and mailto links.</summary>
    public static bool IsAllowedUrl(string? url)
    {
        if (string.IsNullOrWhiteSpace(url))
        {
            return true;
        }

        // Browsers ignore control characters and whitespace inside a scheme ("java\tscript:"), so judge the URL without them.
        var compact = new string(url.Where(c => !char.IsControl(c) && !char.IsWhiteSpace(c)).ToArray());
        var colon = compact.IndexOf(':', StringComparison.Ordinal);
        if (colon < 0)
        {
            return true;
        }

        var beforeColon = compact[..colon];
        if (beforeColon.Contains('/', StringComparison.Ordinal) || beforeColon.Contains('?', StringComparison.Ordinal) || beforeColon.Contains('#', StringComparison.Ordinal))
        {
            return true; // a colon after the path starts is not a scheme
        }

        return AllowedSchemes.Contains(beforeColon, StringComparer.OrdinalIgnoreCase);
    }

    private static MarkdownPipeline CreatePipeline()
    {
        var builder = new MarkdownPipelineBuilder().UseAdvancedExtensions().DisableHtml();
        // Generic attributes ("{.position-fixed .w-100 .h-100}") would let one person's text restyle the page
        // another person reads, e.g. lay a full-screen fake sign-in link over it with the app's own Bootstrap
        // classes; the sanitizer must allow class and id for Markdig's own output, so the syntax goes instead.
        builder.Extensions.TryRemove<GenericAttributesExtension>();
        // Media links turn a video URL into an iframe, which the sanitizer then drops with the whole link:
        // without it the video stays an ordinary image with its alt text and address, so nothing written is dropped.
        builder.Extensions.TryRemove<MediaLinkExtension>();
        return builder.Build();
    }

    private static void NeutraliseUnsafeLinks(MarkdownDocument document)
    {
        foreach (var link in document.Descendants<LinkInline>().ToList())
        {
            if (!IsAllowedUrl(link.Url))
            {
                // An empty literal takes the link's place and the link's own children (its words, with any
                // emphasis) follow it, so the reader sees the text once, unlinked.
                link.ReplaceBy(new LiteralInline(string.Empty), copyChildren: true);
            }
        }

        foreach (var autolink in document.Descendants<AutolinkInline>().ToList())
        {
            if (!IsAllowedUrl(autolink.IsEmail ? "mailto:" + autolink.Url : autolink.Url))
            {
                ReplaceWithText(autolink, autolink.Url);
            }
        }
    }

    /// <summary>
    /// An image in one person's text would be fetched by the other person's browser the moment they read it, so a
    /// one-pixel image on the sender's server tells them when and from where the message was read. The app stores
    /// no images, so every image becomes a link the reader may choose to follow: "Image: alt text (host)". Inside
    /// a link (a badge that links somewhere) it becomes that text alone, as a link cannot hold another link.
    /// </summary>
    private static void ImagesBecomeLinks(MarkdownDocument document)
    {
        foreach (var image in document.Descendants<LinkInline>().Where(l => l.IsImage).ToList())
        {
            var host = Uri.TryCreate(image.Url, UriKind.Absolute, out var uri) && uri.Host.Length > 0 ? $" ({uri.IdnHost})" : string.Empty;
            var label = image.FirstChild is null ? "Image" : "Image: ";
            if (IsInsideLink(image))
            {
                Inline previous = new LiteralInline(label);
                image.InsertBefore(previous);
                foreach (var child in image.ToList())
                {
                    child.Remove();
                    previous.InsertAfter(child);
                    previous = child;
                }

                previous.InsertAfter(new LiteralInline(host));
                image.Remove();
                continue;
            }

            image.IsImage = false;
            if (image.FirstChild is { } first)
            {
                first.InsertBefore(new LiteralInline(label));
            }
            else
            {
                image.AppendChild(new LiteralInline(label));
            }

            image.AppendChild(new LiteralInline(host));
        }
    }

    private static bool IsInsideLink(Inline inline)
    {
        for (var parent = inline.Parent; parent is not null; parent = parent.Parent)
        {
            if (parent is LinkInline { IsImage: false })
            {
                return true;
            }
        }

        return false;
    }

    private static void ReplaceWithText(Inline inline, string text) => inline.ReplaceBy(new LiteralInline(text));

    private static HtmlSanitizer CreateSanitizer()
    {
        var sanitizer = new HtmlSanitizer();
        sanitizer.AllowedSchemes.Clear();
        foreach (var scheme in AllowedSchemes)
        {
            sanitizer.AllowedSchemes.Add(scheme);
        }

        // The second wall for images (see ImagesBecomeLinks): an <img> never reaches a page.
        sanitizer.AllowedTags.Remove("img");
        sanitizer.AllowedAttributes.Remove("style");
        sanitizer.AllowedTags.Remove("style");
        sanitizer.AllowedAttributes.Add("class");
        sanitizer.AllowedAttributes.Add("id");
        sanitizer.PostProcessNode += (_, e) =>
        {
            if (e.Node is AngleSharp.Dom.IElement { TagName: "A" } anchor && anchor.HasAttribute("href"))
            {
                anchor.SetAttribute("rel", "nofollow noopener noreferrer");
            }
        };
        return sanitizer;
    }
}
