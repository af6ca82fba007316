using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using OutsourceHub.Core.Data;
using OutsourceHub.Core.Reviews;
using OutsourceHub.Core.Diffs;
using OutsourceHub.Core.Projects;
using OutsourceHub.Web.Hosting;

namespace OutsourceHub.Web.Pages.Drafts;

/// <summary>
/// A draft against the one before it: what the revision changed, as the owner reads it (rendered, inserted and deleted
/// words marked), or with <c>?view=markdown</c> as Markdown source, word by word.
/// </summary>
public sealed class CompareModel(OutsourceHubDbContext db, TextDiffs diffs) : PageModel
{
    public const string MarkdownView = "markdown";

    public JobHeader Job { get; private set; } = null!;

    public int Number { get; private set; }

    /// <summary>The source view's pieces; empty in the rendered view.</summary>
    public IReadOnlyList<DiffPiece> Changes { get; private set; } = [];

    /// <summary>The rendered view; null in the source view.</summary>
    public RenderedDiff? Rendered { get; private set; }

    public bool ShowMarkdown => Rendered is null;

    public int WordsBefore { get; private set; }

    public int WordsAfter { get; private set; }

    /// <summary>The owner is looking at the draft that awaits their answer.</summary>
    public bool CanReview { get; private set; }

    /// <summary>The passages the previous draft's points were about, as this draft has them: marked in the diff.</summary>
    public IReadOnlyList<CarriedPassage> Carried { get; private set; } = [];

    /// <summary>A point of the previous draft and its passage as it reads in this one.</summary>
    public sealed record CarriedPassage(string Point, string PassageNow, bool Unchanged);

    public async Task<IActionResult> OnGetAsync(int projectId, int number, string? view, CancellationToken cancellationToken)
    {
        var job = await db.FindVisibleJobAsync(projectId, User.UserId(), cancellationToken);
        if (job is null || number < 2)
        {
            return NotFound();
        }

        // The two drafts, and the number of the next one if there is one: then this draft is not the latest. The next
        // draft's texts are not read.
        var drafts = await db.Drafts.AsNoTracking()
            .Where(d => d.ProjectId == projectId && d.Number >= number - 1 && d.Number <= number + 1)
            .Select(d => new
            {
                d.Number,
                Markdown = d.Number <= number ? d.Body.Markdown : string.Empty,
                Html = d.Number <= number ? d.Body.Html : string.Empty,
                d.WordCount,
            })
            .ToListAsync(cancellationToken);
        if (drafts.Count(d => d.Number <= number) != 2)
        {
            return NotFound();
        }

        var before = drafts.Single(d => d.Number == number - 1);
        var after = drafts.Single(d => d.Number == number);
        Job = job;
        Number = number;
        WordsBefore = before.WordCount;
        WordsAfter = after.WordCount;
        if (string.Equals(view, MarkdownView, StringComparison.OrdinalIgnoreCase))
        {
            Changes = diffs.Words(before.Markdown, after.Markdown);
        }
        else
        {
            // Both drafts' HTML was rendered when they were submitted: the diff renders nothing, and is cached.
            Rendered = diffs.Rendered(before.Html, after.Html);
            Carried = await db.PointsOfDraft(projectId, number - 1).AsNoTracking()
                .Where(p => p.PassageNowExact != null)
                .OrderBy(p => p.Id)
                .Select(p => new CarriedPassage(p.Text, p.PassageNowExact!, p.PassageFate == PassageFate.Unchanged))
                .ToListAsync(cancellationToken);
        }

        // Only while the latest draft awaits the owner's answer is this one, if it is the latest, worth a "Review" link.
        CanReview = job.ViewerIsOwner && job.Status.MayBeReviewed() && drafts.All(d => d.Number <= number);
        return Page();
    }
}
