using OutsourceHub.Core.Caching;

namespace OutsourceHub.Core.Markdown;

/// <summary>
/// HTML for Markdown that is shown but not stored (the brief preview, the writer's draft preview): the same
/// <see cref="MarkdownRenderer"/>, kept in the <see cref="ContentCache"/> by the text's hash, so showing an
/// unchanged text again renders nothing. Stored Markdown is rendered once, when it is written (<see cref="RichText"/>).
/// </summary>
public sealed class MarkdownPreviews(MarkdownRenderer renderer, ContentCache cache)
{
    public string Html(string? markdown) =>
        string.IsNullOrWhiteSpace(markdown)
            ? string.Empty
            : cache.GetOrAdd("markdown", markdown, string.Empty, () => renderer.Render(markdown).Html, 3L * markdown.Length);
}
