using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using OutsourceHub.Core.Data;
using OutsourceHub.Core.Projects;
using OutsourceHub.Core.Reviews;
using OutsourceHub.Core.Samples;
using OutsourceHub.Web.Hosting;

namespace OutsourceHub.Web.Pages.MyJobs;

/// <summary>The writer's view of one job: what it asks for, what to do next, the scope so far, and the timeline.</summary>
public sealed class JobModel(OutsourceHubDbContext db) : PageModel
{
    public JobHeader Job { get; private set; } = null!;

    public Summary Details { get; private set; } = null!;

    public IReadOnlyList<TimelineEntry> Timeline { get; private set; } = [];

    public NextStep Next { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(int projectId, CancellationToken cancellationToken)
    {
        var userId = User.UserId();
        var job = await db.FindVisibleJobAsync(projectId, userId, cancellationToken);
        if (job is null || job.ViewerIsOwner)
        {
            return NotFound();
        }

        Job = job;
        Details = await db.Projects.AsNoTracking().Where(p => p.Id == projectId)
            .Select(p => new Summary(
                p.Kind,
                p.TargetLength,
                p.DueOn,
                p.RevisionRoundsIncluded,
                p.RevisionRoundsUsed,
                db.Drafts.Where(d => d.ProjectId == p.Id)
                    .Join(db.Feedback, d => d.Id, f => f.DraftId, (d, f) => f.Id)
                    .Join(db.RevisionPoints, feedbackId => feedbackId, r => r.FeedbackId, (feedbackId, r) => r)
                    .Count(r => r.Section == BriefSection.NewRequest)))
            .SingleAsync(cancellationToken);
        Next = NextSteps.ForWriter(await db.Progress(db.Projects.Where(p => p.Id == projectId)).SingleAsync(cancellationToken));
        Timeline = await db.TimelineAsync(projectId, cancellationToken);
        return Page();
    }

    public sealed record Summary(
        ContentKind Kind, int TargetLength, DateOnly DueOn, int RoundsIncluded, int RoundsUsed, int NewRequests);
}
