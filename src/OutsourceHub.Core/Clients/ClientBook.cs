using Microsoft.EntityFrameworkCore;
using OutsourceHub.Core.Data;

namespace OutsourceHub.Core.Clients;

/// <summary>
/// The owner's clients: adding one, editing it, archiving and restoring it. An archived client leaves the client
/// list, the dashboard's filters and job posting; nothing of it is deleted: its jobs, reference pieces and roster
/// stay, and its jobs stay reachable. Each method loads the client through the owner and saves once.
/// </summary>
public sealed class ClientBook(OutsourceHubDbContext db, TimeProvider clock)
{
    /// <summary>Adds a client to the owner's book and returns its id.</summary>
    public async Task<int> CreateAsync(string ownerId, ClientDetails details, CancellationToken cancellationToken)
    {
        var client = new Client(ownerId, details, clock.GetUtcNow().UtcDateTime);
        db.Clients.Add(client);
        await db.SaveChangesAsync(cancellationToken);
        return client.Id;
    }

    /// <summary>
    /// Saves the owner's edit of their client, made from <paramref name="expectedVersion"/> of it: a save based on an
    /// older one throws DbUpdateConcurrencyException and changes nothing. False when the client is not theirs.
    /// </summary>
    public Task<bool> EditAsync(string ownerId, int clientId, int expectedVersion, ClientDetails details, CancellationToken cancellationToken) =>
        ChangeAsync(
            ownerId,
            clientId,
            (client, now) =>
            {
                db.ExpectVersion(client, expectedVersion);
                client.SetDetails(details, now);
            },
            cancellationToken);

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
