using OutsourceHub.Core.Caching;

namespace OutsourceHub.Core.Diffs;

/// <summary>
/// <see cref="TextDiff"/> for pages read again and again (draft compare, a brief version's changes, the brief
/// preview): briefs and drafts never change once issued or submitted, so the diff of the same two texts is kept in
/// the <see cref="ContentCache"/> instead of being worked out on every request.
/// </summary>
public sealed class TextDiffs(ContentCache cache)
{
    public IReadOnlyList<DiffPiece> Lines(string before, string after) =>
        cache.GetOrAdd("lines", before, after, () => TextDiff.Lines(before, after), 2L * (before.Length + after.Length));

    public IReadOnlyList<DiffPiece> Words(string before, string after) =>
        cache.GetOrAdd("words", before, after, () => TextDiff.Words(before, after), 2L * (before.Length + after.Length));
}
