using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using OutsourceHub.Core.Briefs;
using OutsourceHub.Core.Data;
using OutsourceHub.Core.Projects;

namespace OutsourceHub.Web.Infrastructure;

/// <summary>The top of every page about one job, for its owner or its assigned writer.</summary>
public sealed record JobHeader(
    int Id, string Title, string ClientName, ProjectStatus Status, int BriefVersionsIssued, int? WriterId, bool ViewerIsOwner);

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

    /// <summary>The brief's links: the job's thread and each sample's full-text page.</summary>
    public static BriefLinks BriefLinks(this IUrlHelper url, int projectId) => new(
        url.Page("/Thread/Index", new { projectId }) ?? throw new InvalidOperationException("No thread page."),
        sampleId => url.Page("/Briefs/Sample", new { projectId, sampleId }) ?? throw new InvalidOperationException("No sample page."));
}
