using Microsoft.EntityFrameworkCore;
using OutsourceHub.Core.Data;
using OutsourceHub.Core.Notifications;
using OutsourceHub.Core.Projects;

namespace OutsourceHub.Core.Writers;

/// <summary>What came of taking a writer off a client's roster, for the owner's confirmation.</summary>
public sealed record RosterRemoval(string WriterName, string ClientName, int OpenJobs)
{
    public string Confirmation => OpenJobs == 0
        ? $"{WriterName} is no longer on the roster of {ClientName}."
        : $"{WriterName} is no longer on the roster of {ClientName}. {(OpenJobs == 1 ? "Their open job stays" : $"Their {OpenJobs} open jobs stay")} assigned to them.";
}

/// <summary>
/// The roster's write use cases. Taking a writer off a roster ends the regular relationship, not the work: jobs
/// already assigned to them stay theirs (the job, not the roster, decides who may open it), and the writer is told.
/// </summary>
public sealed class Rosters(OutsourceHubDbContext db, Notifier notifier, INoticeLinks links)
{
    /// <summary>
    /// Takes the writer off the roster of one of the owner's clients and tells them. Null when the client is not the
    /// owner's (the page answers 404); refused when the writer is not on that roster (any more).
    /// </summary>
    public async Task<RosterRemoval?> RemoveAsync(string ownerId, int clientId, int writerId, CancellationToken cancellationToken)
    {
        var client = await db.ClientsOf(ownerId).AsNoTracking()
            .Where(c => c.Id == clientId)
            .Select(c => new { c.Name, Owner = db.Users.Where(u => u.Id == c.OwnerId).Select(u => u.DisplayName).First() })
            .SingleOrDefaultAsync(cancellationToken);
        if (client is null)
        {
            return null;
        }

        var entry = await db.Roster.SingleOrDefaultAsync(r => r.ClientId == clientId && r.WriterId == writerId, cancellationToken)
            ?? throw new DomainException($"That writer is not on the roster of {client.Name} any more.");
        var writer = await db.Writers.AsNoTracking()
            .Where(w => w.Id == writerId)
            .Join(db.Users, w => w.UserId, u => u.Id, (w, u) => new { UserId = u.Id, u.DisplayName })
            .SingleAsync(cancellationToken);
        var openJobs = await db.Projects.Where(p => p.ClientId == clientId && p.WriterId == writerId)
            .Where(ProjectStatuses.IsOpenJob)
            .CountAsync(cancellationToken);

        db.Roster.Remove(entry);
        await notifier.NotifyAsync(
            writer.UserId,
            Notice.To(links.To(NoticePlace.WriterJobs), NotificationKind.RemovedFromRoster, NoticeText.RemovedFromRoster(client.Owner, client.Name, openJobs), null),
            cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        return new RosterRemoval(writer.DisplayName, client.Name, openJobs);
    }
}
