using Microsoft.EntityFrameworkCore;
using OutsourceHub.Core.Data;

namespace OutsourceHub.Core.Projects;

public static class Timeline
{
    public const int Limit = 200;

    /// <summary>The job's events, oldest first, with the actors' names: one query.</summary>
    public static Task<List<TimelineEntry>> TimelineAsync(this OutsourceHubDbContext db, int projectId, CancellationToken cancellationToken) =>
        db.ProjectEvents.AsNoTracking()
            .Where(e => e.ProjectId == projectId)
            .OrderBy(e => e.At).ThenBy(e => e.Id)
            .Take(Limit)
            .Select(e => new TimelineEntry(e.Kind, db.Users.Where(u => u.Id == e.ActorId).Select(u => u.DisplayName).First(), e.At, e.Detail))
            .ToListAsync(cancellationToken);
}
