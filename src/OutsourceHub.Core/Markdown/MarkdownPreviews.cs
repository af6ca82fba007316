using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Caching.Memory;

namespace OutsourceHub.Core.Markdown;

/// <summary>
/// HTML for Markdown that is shown but not stored (the brief preview, the writer's draft preview): the same
/// <see cref="MarkdownRenderer"/>, remembered by the SHA-256 of the text, so showing an unchanged text again
/// renders nothing. The output depends only on the text, never on who asks, so one entry serves everyone; the
/// cache holds at most <see cref="SizeLimit"/> characters of Markdown and HTML together, least recently used
/// leave first, and an entry unused for <see cref="Unused"/> leaves by itself.
/// </summary>
public sealed class MarkdownPreviews(MarkdownRenderer renderer) : IDisposable
{
    /// <summary>About 8 MB of strings: some hundreds of briefs and drafts.</summary>
    public const long SizeLimit = 4_000_000;

    public static readonly TimeSpan Unused = TimeSpan.FromMinutes(30);

    private readonly MemoryCache cache = new(new MemoryCacheOptions { SizeLimit = SizeLimit, CompactionPercentage = 0.25 });

    public string Html(string? markdown)
    {
        if (string.IsNullOrWhiteSpace(markdown))
        {
            return string.Empty;
        }

        var key = Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(markdown)));
        if (cache.TryGetValue(key, out string? html) && html is not null)
        {
            return html;
        }

        html = renderer.Render(markdown).Html;
        // A text larger than the whole cache is rendered and not kept.
        var size = markdown.Length + html.Length;
        if (size <= SizeLimit / 4)
        {
            cache.Set(key, html, new MemoryCacheEntryOptions { Size = size, SlidingExpiration = Unused });
        }

        return html;
    }

    public void Dispose() => cache.Dispose();
}
