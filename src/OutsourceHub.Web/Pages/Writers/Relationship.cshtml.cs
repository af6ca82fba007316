using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using OutsourceHub.Core.Clients;
using OutsourceHub.Core.Data;
using OutsourceHub.Core.Projects;
using OutsourceHub.Web.Display;
using OutsourceHub.Web.Hosting;

namespace OutsourceHub.Web.Pages.Writers;

/// <summary>
/// One owner–writer pair over time: is this regular writer learning the voice? Fewer revision rounds,
/// more first-pass approvals, shorter time from brief to approval.
/// </summary>
public sealed class RelationshipModel(OutsourceHubDbContext db, Corrections corrections) : PageModel
{
    /// <summary>The most recent approved jobs shown; enough for a trend, bounded for the page.</summary>
    public const int Limit = 50;

    public string WriterName { get; private set; } = string.Empty;

    public IReadOnlyList<JobRow> Approved { get; private set; } = [];

    public int InProgress { get; private set; }

    /// <summary>The owner's recurring corrections this writer's drafts needed, with whether they stopped once made guidance.</summary>
    public IReadOnlyList<WriterCorrection> Corrections { get; private set; } = [];

    public int FirstPass => Approved.Count(j => j.Rounds == 0);

    public double AverageRounds => Approved.Count == 0 ? 0 : Approved.Average(j => j.Rounds);

    /// <summary>The first and the latest voice match of approved drafts, in words: the trend the chart draws.</summary>
    public string VoiceTrend
    {
        get
        {
            var matches = Approved.Where(j => j.VoiceMatch is not null).Select(j => j.VoiceMatch!.Value).ToList();
            return matches.Count switch
            {
                0 => "No approved draft has a voice report yet (the brief needs reference pieces with full text).",
                1 => $"{matches[0]} of 100 on the one approved draft with a report.",
                _ => $"{matches[0]} of 100 on the first approved draft with a report, {matches[^1]} on the latest " +
                    $"({(matches[^1] > matches[0] ? "up" : matches[^1] < matches[0] ? "down" : "no change")}).",
            };
        }
    }

    public async Task<IActionResult> OnGetAsync(int writerId, CancellationToken cancellationToken)
    {
        var ownerId = User.UserId();
        var writer = await db.WritersOf(ownerId).AsNoTracking()
            .Where(w => w.Id == writerId)
            .Select(w => db.Users.Where(u => u.Id == w.UserId).Select(u => u.DisplayName).First())
            .SingleOrDefaultAsync(cancellationToken);
        if (writer is null)
        {
            return NotFound();
        }

        WriterName = writer;
        var jobs = db.ProjectsOf(ownerId).AsNoTracking().Where(p => p.WriterId == writerId);
        InProgress = await jobs.CountAsync(ProjectStatuses.IsOpenJob, cancellationToken);
        var approved = await jobs
            .Where(ProjectStatuses.IsApprovedJob)
            .Select(p => new
            {
                p.Id,
                p.Title,
                p.RevisionRoundsUsed,
                p.DraftsSubmitted,
                VoiceMatch = db.Drafts.Where(d => d.ProjectId == p.Id && d.Number == p.DraftsSubmitted).Select(d => d.VoiceMatch).FirstOrDefault(),
                BriefedAt = db.ProjectEvents.Where(e => e.ProjectId == p.Id && e.Kind == ProjectEventKind.BriefIssued).Min(e => (DateTime?)e.At),
                ApprovedAt = db.ProjectEvents.Where(e => e.ProjectId == p.Id && e.Kind == ProjectEventKind.Approved).Max(e => (DateTime?)e.At),
            })
            .OrderByDescending(p => p.ApprovedAt).ThenByDescending(p => p.Id)
            .Take(Limit)
            .ToListAsync(cancellationToken);
        // Points per draft of the jobs shown, in one read.
        var shownIds = approved.Select(p => p.Id).ToList();
        var pointCounts = await db.Drafts.AsNoTracking()
            .Where(d => shownIds.Contains(d.ProjectId))
            .Join(db.Feedback, d => d.Id, f => f.DraftId, (d, f) => new { d.ProjectId, d.Number, FeedbackId = f.Id })
            .Join(db.RevisionPoints, x => x.FeedbackId, r => r.FeedbackId, (x, r) => new { x.ProjectId, x.Number })
            .GroupBy(x => new { x.ProjectId, x.Number })
            .Select(g => new { g.Key.ProjectId, g.Key.Number, Count = g.Count() })
            .ToListAsync(cancellationToken);
        Approved = approved
            .OrderBy(p => p.ApprovedAt).ThenBy(p => p.Id)
            .Select(p => new JobRow(
                p.Id,
                p.Title,
                p.RevisionRoundsUsed,
                p.DraftsSubmitted,
                p.VoiceMatch,
                p.ApprovedAt,
                p.BriefedAt is { } b && p.ApprovedAt is { } a ? a - b : null,
                Enumerable.Range(1, p.DraftsSubmitted).Select(n => pointCounts.FirstOrDefault(c => c.ProjectId == p.Id && c.Number == n)?.Count ?? 0).ToList()))
            .ToList();

        var clientIds = await jobs.Select(p => p.ClientId).Distinct().ToListAsync(cancellationToken);
        Corrections = (await corrections.OfClientsAsync(clientIds, cancellationToken))
            .Select(item => new WriterCorrection(
                item,
                item.Correction.Points.Count(p => p.WriterId == writerId),
                item.Guidance is { } g ? item.Correction.Points.Count(p => p.WriterId == writerId && p.At > g.AdoptedAt) : 0))
            .Where(c => c.ForThisWriter > 0)
            .Take(Limit)
            .ToList();
        return Page();
    }

    /// <summary>A recurring correction, how often this writer needed it, and how often since it became guidance.</summary>
    public sealed record WriterCorrection(ClientCorrection Item, int ForThisWriter, int SinceGuidance);

    public sealed record JobRow(
        int Id, string Title, int Rounds, int Drafts, int? VoiceMatch, DateTime? ApprovedAt, TimeSpan? BriefToApproval, IReadOnlyList<int> PointsPerDraft)
    {
        public string Duration => BriefToApproval is { } span ? Dates.Duration(span) : "—";
    }
}
