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

    /// <summary>Said when a job's approved draft is added a second time.</summary>
    public const string AlreadyAdded = "This draft is among the client's reference pieces already.";

    /// <summary>
    /// "This sounds like me": adds the owner's approved draft of a job to its client's reference pieces, once, with
    /// the owner's title and note. Null when the job is not theirs; DomainException when it is not approved or was
    /// added already.
    /// </summary>
    public async Task<int?> AddApprovedDraftAsync(string ownerId, int projectId, string title, string whatToTake, CancellationToken cancellationToken)
    {
        var job = await db.ProjectsOf(ownerId).AsNoTracking().SingleOrDefaultAsync(p => p.Id == projectId, cancellationToken);
        if (job is null)
        {
            return null;
        }

        if (await db.ReferencePieces.AnyAsync(r => r.FromProjectId == projectId, cancellationToken))
        {
            throw new DomainException(AlreadyAdded);
        }

        var draft = await db.Drafts.AsNoTracking().SingleOrDefaultAsync(d => d.ProjectId == projectId && d.Number == job.DraftsSubmitted, cancellationToken)
            ?? throw new DomainException(ReferencePiece.OnlyApproved);
        var piece = ReferencePiece.FromApprovedDraft(job, draft, title, whatToTake, clock.GetUtcNow().UtcDateTime);
        db.ReferencePieces.Add(piece);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // The unique index: a second tab added it a moment ago.
            db.ChangeTracker.Clear();
            throw new DomainException(AlreadyAdded);
        }

        return piece.Id;
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
