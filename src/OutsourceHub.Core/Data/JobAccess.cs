using Microsoft.EntityFrameworkCore;

namespace OutsourceHub.Core.Data;

public static class JobAccess
{
    /// <summary>The job if the user may see it (its owner, or its writer once briefed); otherwise null, and the page answers 404.</summary>
    public static Task<JobHeader?> FindVisibleJobAsync(this OutsourceHubDbContext db, int projectId, string userId, CancellationToken cancellationToken) =>
        db.ProjectsVisibleTo(userId).AsNoTracking()
            .Where(p => p.Id == projectId)
            .Select(p => new JobHeader(
                p.Id,
                p.Title,
                db.Clients.Where(c => c.Id == p.ClientId).Select(c => c.Name).First(),
                p.Status,
                p.BriefVersionsIssued,
                p.WriterId,
                db.Clients.Any(c => c.Id == p.ClientId && c.OwnerId == userId)))
            .SingleOrDefaultAsync(cancellationToken);
}
