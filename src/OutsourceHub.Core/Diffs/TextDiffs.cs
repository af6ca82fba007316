using OutsourceHub.Core.Caching;

namespace OutsourceHub.Core.Diffs;

/// <summary>
/// <see cref="HtmlDiff"/> and <see cref="TextDiff"/> for pages read again and again (draft compare, a brief version's
/// changes, the brief preview): briefs and drafts never change once issued or submitted, so the diff of the same two
/// texts is kept in the <see cref="ContentCache"/> instead of being worked out on every request.
/// </summary>
public sealed class TextDiffs(ContentCache cache)
{
    /// <summary>The reader's diff of two texts the Markdown renderer made HTML of.</summary>
    public RenderedDiff Rendered(string beforeHtml, string afterHtml) =>
        cache.GetOrAdd("rendered", beforeHtml, afterHtml, () => HtmlDiff.Compare(beforeHtml, afterHtml), 3L * (beforeHtml.Length + afterHtml.Length));

    /// <summary>The Markdown source, word by word (the draft comparison's "Show Markdown").</summary>
    public IReadOnlyList<DiffPiece> Words(string before, string after) =>
        cache.GetOrAdd("words", before, after, () => TextDiff.Words(before, after), 2L * (before.Length + after.Length));
}
