using Microsoft.EntityFrameworkCore;
using OutsourceHub.Core.Data;

namespace OutsourceHub.Core.Clients;

/// <summary>
/// Archiving and restoring a client. An archived client leaves the client list, the dashboard's filters and job
/// posting; nothing of it is deleted: its jobs, reference pieces and roster stay, and its jobs stay reachable.
/// </summary>
public sealed class ClientArchive(OutsourceHubDbContext db, TimeProvider clock)
{
    /// <summary>Archives one of the owner's clients; false when it is not theirs (the page answers 404).</summary>
    public Task<bool> ArchiveAsync(string ownerId, int clientId, CancellationToken cancellationToken) =>
        ChangeAsync(ownerId, clientId, (client, now) => client.Archive(now), cancellationToken);

    /// <summary>Brings an archived client back to the list and to job posting.</summary>
    public Task<bool> RestoreAsync(string ownerId, int clientId, CancellationToken cancellationToken) =>
        ChangeAsync(ownerId, clientId, (client, now) => client.Restore(now), cancellationToken);

    private async Task<bool> ChangeAsync(string ownerId, int clientId, Action<Client, DateTime> change, CancellationToken cancellationToken)
    {
        var client = await db.ClientsOf(ownerId).SingleOrDefaultAsync(c => c.Id == clientId, cancellationToken);
        if (client is null)
        {
            return false;
        }

        change(client, clock.GetUtcNow().UtcDateTime);
        await db.SaveChangesAsync(cancellationToken);
        return true;
    }
}
