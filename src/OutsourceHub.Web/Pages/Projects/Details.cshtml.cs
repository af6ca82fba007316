using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using OutsourceHub.Core.Data;
using OutsourceHub.Core.Markdown;
using OutsourceHub.Core.Projects;
using OutsourceHub.Core.Reviews;
using OutsourceHub.Core.Samples;
using OutsourceHub.Web.Forms;
using OutsourceHub.Web.Hosting;

namespace OutsourceHub.Web.Pages.Projects;

/// <summary>One job as its owner sees it: every field, the reference pieces in reading order, the writer and the timeline.</summary>
public sealed class DetailsModel(OutsourceHubDbContext db, TimeProvider clock) : PageModel
{
    public JobView Job { get; private set; } = null!;

    public JobHeader Header { get; private set; } = null!;

    /// <summary>A reissued brief version has not been acknowledged by the writer yet (news beside the next step).</summary>
    public bool UpdatedBriefAwaitsAcknowledgement { get; private set; }

    public NextStep Next { get; private set; } = null!;

    /// <summary>The job was edited after its latest brief version was issued: the writer has not been sent the changes.</summary>
    public bool BriefOutOfDate { get; private set; }

    /// <summary>Revision points so far that asked for something outside the brief: the scope guard, visible on the job.</summary>
    public int NewRequests { get; private set; }

    public IReadOnlyList<ChosenSample> Samples { get; private set; } = [];

    public IReadOnlyList<TimelineEntry> Timeline { get; private set; } = [];

    /// <summary>The reference piece this job's approved draft became ("This sounds like me"); null while it is none.</summary>
    public int? BecameSampleId { get; private set; }

    public bool HasTooManySamples => Samples.Count > Project.RecommendedMaxSamples;

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken cancellationToken)
    {
        var ownerId = User.UserId();
        var found = await db.ProjectsOf(ownerId).AsNoTracking()
            .Where(p => p.Id == id)
            .Select(p => new
            {
                Project = p,
                Client = db.Clients.Where(c => c.Id == p.ClientId).Select(c => c.Name).First(),
                Writer = db.Writers.Where(w => w.Id == p.WriterId)
                    .Join(db.Users, w => w.UserId, u => u.Id, (w, u) => u.DisplayName)
                    .FirstOrDefault(),
                // From the job's own rows down (its drafts, its events), by index, never a scan of every job's rows.
                // The job's latest edit or issue, by the (ProjectId, At) index: an edit after the last issue is not in any brief yet.
                LastEditedOrIssued = db.ProjectEvents.Where(e => e.ProjectId == p.Id && (e.Kind == ProjectEventKind.Edited || e.Kind == ProjectEventKind.BriefIssued))
                    .OrderByDescending(e => e.At).ThenByDescending(e => e.Id).Select(e => (ProjectEventKind?)e.Kind).FirstOrDefault(),
                NewRequests = db.Drafts.Where(d => d.ProjectId == p.Id)
                    .Join(db.Feedback, d => d.Id, f => f.DraftId, (d, f) => f.Id)
                    .Join(db.RevisionPoints, feedbackId => feedbackId, r => r.FeedbackId, (feedbackId, r) => r)
                    .Count(r => r.Section == BriefSection.NewRequest),
            })
            .SingleOrDefaultAsync(cancellationToken);
        if (found is null)
        {
            return NotFound();
        }

        // The entity answers what may be done next, so the buttons follow the lifecycle table, not a copy of it.
        var project = found.Project;
        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        Job = new JobView(
            project.Id, project.Title, project.ClientId, found.Client, project.Kind, project.TargetLength, project.LengthUnit,
            project.Audience, project.Goal, JobText.Lines(project.KeyPoints), project.Keywords, project.DueOn,
            project.Expectations, project.SpecialRequests, project.OwnerWords, project.RevisionRoundsIncluded, project.RevisionRoundsUsed,
            found.Writer, project.Status, project.CreatedAt, project.UpdatedAt,
            CanEdit: project.IsEditable, CanCancel: project.Can(ProjectAction.Cancel), IsOverdue: project.IsOverdue(today));

        Header = new JobHeader(project.Id, project.Title, found.Client, project.Status, project.BriefVersionsIssued, project.WriterId, ViewerIsOwner: true);
        NewRequests = found.NewRequests;
        var progress = await db.Progress(db.Projects.Where(p => p.Id == id)).SingleAsync(cancellationToken);
        Next = NextSteps.ForOwner(progress);
        UpdatedBriefAwaitsAcknowledgement = progress.BriefVersionsIssued > 1 && !progress.LatestBriefAcknowledged && !project.IsFinal;
        BriefOutOfDate = project.BriefVersionsIssued > 0 && !project.IsFinal && found.LastEditedOrIssued == ProjectEventKind.Edited;

        Samples = await db.ProjectSamples.AsNoTracking()
            .Where(s => s.ProjectId == id)
            .Join(db.ReferencePieces, s => s.ReferencePieceId, r => r.Id, (s, r) => new { s.Position, Piece = r })
            .OrderBy(x => x.Position).ThenBy(x => x.Piece.Id)
            .Select(x => new ChosenSample(x.Piece.Id, x.Piece.Title, x.Piece.Kind, x.Piece.Url, x.Piece.WhatToTake, x.Piece.ArchivedAt != null))
            .ToListAsync(cancellationToken);

        Timeline = await db.TimelineAsync(id, cancellationToken);
        BecameSampleId = project.Status == ProjectStatus.Approved
            ? await db.ReferencePieces.Where(r => r.FromProjectId == id).Select(r => (int?)r.Id).FirstOrDefaultAsync(cancellationToken)
            : null;
        return Page();
    }

    public sealed record JobView(
        int Id,
        string Title,
        int ClientId,
        string Client,
        ContentKind Kind,
        int TargetLength,
        string LengthUnit,
        string Audience,
        string Goal,
        IReadOnlyList<string> KeyPoints,
        string Keywords,
        DateOnly DueOn,
        RichText Expectations,
        RichText SpecialRequests,
        OwnerWords OwnerWords,
        int RevisionRoundsIncluded,
        int RevisionRoundsUsed,
        string? Writer,
        ProjectStatus Status,
        DateTime CreatedAt,
        DateTime UpdatedAt,
        bool CanEdit,
        bool CanCancel,
        bool IsOverdue);

    public sealed record ChosenSample(int Id, string Title, ContentKind Kind, string? Url, string WhatToTake, bool IsArchived)
    {
        /// <summary>Only http and https links become links; anything else is shown as text.</summary>
        public bool HasSafeLink => Url is not null && ValidationRules.IsHttpUrl(Url);
    }
}
