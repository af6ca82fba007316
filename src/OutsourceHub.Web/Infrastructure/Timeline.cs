using Microsoft.EntityFrameworkCore;
using OutsourceHub.Core.Data;
using OutsourceHub.Core.Projects;

namespace OutsourceHub.Web.Infrastructure;

/// <summary>One line of a job's timeline as shown: who did what, when.</summary>
public sealed record TimelineEntry(DateTime At, string Actor, ProjectEventKind Kind, string? Detail)
{
    public string What => Kind switch
    {
        ProjectEventKind.Created => "posted the job",
        ProjectEventKind.Edited => "edited the job",
        ProjectEventKind.WriterAssigned => "changed the writer",
        ProjectEventKind.BriefIssued => "issued the brief",
        ProjectEventKind.BriefAcknowledged => "acknowledged the brief",
        ProjectEventKind.DraftSubmitted => "submitted a draft",
        ProjectEventKind.RevisionRequested => "requested a revision",
        ProjectEventKind.Approved => "approved the draft",
        ProjectEventKind.Cancelled => "cancelled the job",
        _ => Kind.ToString(),
    };
}

public static class Timeline
{
    public const int Limit = 200;

    /// <summary>The job's events, oldest first, with the actors' names: one query.</summary>
    public static Task<List<TimelineEntry>> TimelineAsync(this OutsourceHubDbContext db, int projectId, CancellationToken cancellationToken) =>
        db.ProjectEvents.AsNoTracking()
            .Where(e => e.ProjectId == projectId)
            .OrderBy(e => e.At).ThenBy(e => e.Id)
            .Take(Limit)
            .Select(e => new TimelineEntry(e.At, db.Users.Where(u => u.Id == e.ActorId).Select(u => u.DisplayName).First(), e.Kind, e.Detail))
            .ToListAsync(cancellationToken);
}
