using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using OutsourceHub.Core.Data;
using OutsourceHub.Core.Projects;
using OutsourceHub.Core.Reviews;
using OutsourceHub.Web.Display;
using OutsourceHub.Web.Hosting;

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
        var assigned = db.ProjectsAssignedTo(userId).AsNoTracking();
        var total = await assigned.CountAsync(cancellationToken);
        var page = Math.Clamp(PageNumber, 1, Math.Max(1, (total + PageSize - 1) / PageSize));
        // The page's ids first, ordered on the job's own columns; the counts beside each job are then worked out
        // for those 25 only (SQLite would otherwise compute them for every assigned job before sorting).
        var pageIds = assigned.OrderByWriterPriority().ThenBy(p => p.DueOn).ThenBy(p => p.Id).Select(p => p.Id)
            .Skip((page - 1) * PageSize).Take(PageSize);
        var rows = await db.Projects.AsNoTracking()
            .Where(p => pageIds.Contains(p.Id))
            .OrderByWriterPriority().ThenBy(p => p.DueOn).ThenBy(p => p.Id)
            .Select(p => new JobRow(
                p.Id,
                p.Title,
                db.Clients.Where(c => c.Id == p.ClientId).Select(c => c.Name).First(),
                p.Status,
                p.DueOn,
                p.BriefVersionsIssued,
                db.BriefVersions.Any(b => b.ProjectId == p.Id && b.Number == p.BriefVersionsIssued
                    && db.BriefAcknowledgements.Any(a => a.BriefVersionId == b.Id && a.WriterId == p.WriterId)),
                db.Messages.Count(m => m.ProjectId == p.Id && m.AuthorId != userId
                    && m.Id > (db.ThreadReadMarkers.Where(r => r.ProjectId == p.Id && r.UserId == userId).Select(r => (long?)r.LastReadMessageId).FirstOrDefault() ?? 0)),
                db.Drafts.Where(d => d.ProjectId == p.Id && d.Number == p.DraftsSubmitted)
                    .Join(db.Feedback, d => d.Id, f => f.DraftId, (d, f) => f.Id)
                    .Join(db.RevisionPoints, feedbackId => feedbackId, r => r.FeedbackId, (feedbackId, r) => r)
                    .Count(r => r.Resolution == PointResolution.Open)))
            .ToListAsync(cancellationToken);
        Jobs = new PageOf<JobRow>(rows, page, PageSize, total);
    }

    public sealed record JobRow(
        int Id, string Title, string Client, ProjectStatus Status, DateOnly DueOn, int BriefVersion, bool BriefAcknowledged, int UnreadMessages, int OpenPoints)
    {
        public bool IsFinal => Status.IsFinal();

        public bool IsOverdue(DateOnly today) => Project.Overdue(DueOn, Status, today);
    }
}
