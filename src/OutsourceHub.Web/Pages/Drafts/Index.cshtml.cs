using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using OutsourceHub.Core.Data;
using OutsourceHub.Core.Reviews;
using OutsourceHub.Web.Display;
using OutsourceHub.Web.Hosting;

namespace OutsourceHub.Web.Pages.Drafts;

/// <summary>Every draft of a job, newest first, with the owner's answer to each.</summary>
public sealed class IndexModel(OutsourceHubDbContext db) : PageModel
{
    public const int PageSize = 25;

    public JobHeader Job { get; private set; } = null!;

    [BindProperty(SupportsGet = true, Name = PagerLinks.QueryKey)]
    public int PageNumber { get; set; } = 1;

    public PageOf<DraftRow> Drafts { get; private set; } = new([], 1, PageSize, 0);

    public async Task<IActionResult> OnGetAsync(int projectId, CancellationToken cancellationToken)
    {
        var job = await db.FindVisibleJobAsync(projectId, User.UserId(), cancellationToken);
        if (job is null)
        {
            return NotFound();
        }

        Job = job;
        Drafts = await db.Drafts.AsNoTracking()
            .Where(d => d.ProjectId == projectId)
            .OrderByDescending(d => d.Number)
            .Select(d => new DraftRow(
                d.Number,
                d.SubmittedAt,
                d.WordCount,
                d.Feedback == null ? null : d.Feedback.Decision,
                d.Feedback == null ? 0 : d.Feedback.Points.Count,
                d.Feedback == null ? 0 : d.Feedback.Points.Count(p => p.Section == BriefSection.NewRequest)))
            .ToPageAsync(PageNumber, PageSize, cancellationToken);
        return Page();
    }

    public sealed record DraftRow(int Number, DateTime SubmittedAt, int WordCount, FeedbackDecision? Decision, int Points, int NewRequests);
}
