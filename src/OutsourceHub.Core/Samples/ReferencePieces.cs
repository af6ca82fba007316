using Microsoft.EntityFrameworkCore;
using OutsourceHub.Core.Data;

namespace OutsourceHub.Core.Samples;

/// <summary>
/// The owner's reference pieces: adding one to a client, editing it, archiving and restoring it. An archived piece
/// is offered to no new job and stays readable in the jobs that use it. Each method loads through the owner and
/// saves once.
/// </summary>
public sealed class ReferencePieces(OutsourceHubDbContext db, TimeProvider clock)
{
    /// <summary>Adds a piece to one of the owner's clients and returns its id; null when the client is not theirs.</summary>
    public async Task<int?> CreateAsync(string ownerId, int clientId, SampleDetails details, CancellationToken cancellationToken)
    {
        if (!await db.ClientsOf(ownerId).AnyAsync(c => c.Id == clientId, cancellationToken))
        {
            return null;
        }

        var sample = new ReferencePiece(clientId, details, clock.GetUtcNow().UtcDateTime);
        db.ReferencePieces.Add(sample);
        await db.SaveChangesAsync(cancellationToken);
        return sample.Id;
    }

    /// <summary>
    /// Saves the owner's edit of their piece. A piece carries no version (only clients and jobs do), so the last
    /// save wins. False when the piece is not theirs.
    /// </summary>
    public Task<bool> EditAsync(string ownerId, int sampleId, SampleDetails details, CancellationToken cancellationToken) =>
        ChangeAsync(ownerId, sampleId, sample => sample.SetDetails(details), cancellationToken);

    /// <summary>Puts the piece away; archiving an archived piece changes nothing.</summary>
    public Task<bool> ArchiveAsync(string ownerId, int sampleId, CancellationToken cancellationToken) =>
        ChangeAsync(ownerId, sampleId, sample => sample.Archive(clock.GetUtcNow().UtcDateTime), cancellationToken);

    /// <summary>Offers the piece to new jobs again.</summary>
    public Task<bool> RestoreAsync(string ownerId, int sampleId, CancellationToken cancellationToken) =>
        ChangeAsync(ownerId, sampleId, sample => sample.Restore(), cancellationToken);

    private async Task<bool> ChangeAsync(string ownerId, int sampleId, Action<ReferencePiece> change, CancellationToken cancellationToken)
    {
        var sample = await db.SamplesOf(ownerId).SingleOrDefaultAsync(r => r.Id == sampleId, cancellationToken);
        if (sample is null)
        {
            return false;
        }

        change(sample);
        await db.SaveChangesAsync(cancellationToken);
        return true;
    }
}
