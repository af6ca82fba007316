using System.Globalization;

namespace OutsourceHub.Core.Diffs;

/// <summary>One section of a <see cref="RenderedDiff"/>: a heading (h1 or h2) and the blocks up to the next, as HTML.</summary>
public sealed record DiffSection(string Title, bool Changed, string Html);

/// <summary>
/// What <see cref="HtmlDiff.Compare"/> found: the newer text as a reader sees it, in sections, with inserted words in
/// ins and deleted words in del; and how many runs of words (or whole blocks) were inserted and deleted.
/// </summary>
public sealed record RenderedDiff(IReadOnlyList<DiffSection> Sections, int Insertions, int Deletions)
{
    public IReadOnlyList<DiffSection> ChangedSections => Sections.Where(s => s.Changed).ToList();

    /// <summary>The whole newer text, every section, with its changes marked.</summary>
    public string Html => string.Concat(Sections.Select(s => s.Html));

    /// <summary>"2 sections changed: The job, Expectations".</summary>
    public string Summary
    {
        get
        {
            var changed = ChangedSections;
            return changed.Count switch
            {
                0 => "No change a reader would see.",
                1 => $"1 section changed: {changed[0].Title}",
                _ => string.Create(CultureInfo.InvariantCulture, $"{changed.Count} sections changed: {string.Join(", ", changed.Select(s => s.Title))}"),
            };
        }
    }
}
