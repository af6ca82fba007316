using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using OutsourceHub.Core.Data;
using OutsourceHub.Core.Projects;
using OutsourceHub.Core.Reviews;
using OutsourceHub.Web.Infrastructure;

namespace OutsourceHub.Web.Pages.MyJobs;

/// <summary>
/// "My jobs": the jobs assigned to the signed-in writer, grouped by what they need next (a brief to read,
/// a revision, writing, waiting, done), with due dates, unread messages and open revision points.
/// </summary>
public sealed class IndexModel(OutsourceHubDbContext db, TimeProvider clock) : PageModel
{
    public const int PageSize = 25;

    [BindProperty(SupportsGet = true, Name = PagerLinks.QueryKey)]
    public int PageNumber { get; set; } = 1;

    public PageOf<JobRow> Jobs { get; private set; } = new([], 1, PageSize, 0);

    public DateOnly Today { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var userId = User.UserId();
        Today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        Jobs = await db.ProjectsAssignedTo(userId).AsNoTracking()
            .OrderBy(p => p.Status == ProjectStatus.Briefed ? 0
                : p.Status == ProjectStatus.RevisionRequested ? 1
                : p.Status == ProjectStatus.InProgress ? 2
                : p.Status == ProjectStatus.Submitted ? 3
                : p.Status == ProjectStatus.Approved ? 4 : 5)
            .ThenBy(p => p.DueOn).ThenBy(p => p.Id)
            .Select(p => new JobRow(
                p.Id,
                p.Title,
                db.Clients.Where(c => c.Id == p.ClientId).Select(c => c.Name).First(),
                p.Status,
                p.DueOn,
                p.BriefVersionsIssued,
                db.BriefAcknowledgements.Any(a => a.WriterId == p.WriterId
                    && db.BriefVersions.Any(b => b.Id == a.BriefVersionId && b.ProjectId == p.Id && b.Number == p.BriefVersionsIssued)),
                db.Messages.Count(m => m.ProjectId == p.Id && m.AuthorId != userId
                    && m.Id > (db.ThreadReadMarkers.Where(r => r.ProjectId == p.Id && r.UserId == userId).Select(r => (long?)r.LastReadMessageId).FirstOrDefault() ?? 0)),
                db.RevisionPoints.Count(r => r.Resolution == PointResolution.Open
                    && db.Feedback.Any(f => f.Id == r.FeedbackId && db.Drafts.Any(d => d.Id == f.DraftId && d.ProjectId == p.Id && d.Number == p.DraftsSubmitted)))))
            .ToPageAsync(PageNumber, PageSize, cancellationToken);
    }

    public sealed record JobRow(
        int Id, string Title, string Client, ProjectStatus Status, DateOnly DueOn, int BriefVersion, bool BriefAcknowledged, int UnreadMessages, int OpenPoints)
    {
        public bool IsFinal => Status is ProjectStatus.Approved or ProjectStatus.Cancelled;
    }
}
