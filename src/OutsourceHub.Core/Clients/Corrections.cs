using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using OutsourceHub.Core.Data;
using OutsourceHub.Core.Markdown;
using OutsourceHub.Core.Reviews;

namespace OutsourceHub.Core.Clients;

/// <summary>A recurring correction as the client page lists it: with the guidance it became, if the owner chose so.</summary>
/// <param name="Since">Points of the correction made after it became guidance: zero means it stopped.</param>
public sealed record ClientCorrection(int ClientId, RecurringCorrection Correction, StandingCorrectionView? Guidance, int Since);

/// <summary>Standing guidance that came from a correction.</summary>
public sealed record StandingCorrectionView(int SourcePointId, CorrectionGuidance Guidance, string Wording, DateTime AdoptedAt);

/// <summary>
/// The corrections an owner keeps making across a client's jobs (<see cref="RecurringCorrections"/>), and the one
/// step that makes one standing guidance: the next brief carries it, marked as added from the owner's corrections.
/// Nothing becomes guidance without the owner choosing it here.
/// </summary>
public sealed class Corrections(OutsourceHubDbContext db, MarkdownRenderer renderer, TimeProvider clock, ILogger<Corrections> logger)
{
    /// <summary>The latest points read per client: enough to find every habit, bounded for the page.</summary>
    public const int PointsRead = 500;

    /// <summary>Said when the same correction is made guidance twice (a double click, a second tab).</summary>
    public const string AlreadyGuidance = "This correction is standing guidance already.";

    /// <summary>The client's recurring corrections, most often made first; null when the client is not the owner's.</summary>
    public async Task<IReadOnlyList<ClientCorrection>?> ForClientAsync(string ownerId, int clientId, CancellationToken cancellationToken)
    {
        if (!await db.ClientsOf(ownerId).AnyAsync(c => c.Id == clientId, cancellationToken))
        {
            return null;
        }

        return await OfClientsAsync([clientId], cancellationToken);
    }

    /// <summary>The recurring corrections of these clients (already checked to be the caller's), most often made first.</summary>
    public async Task<IReadOnlyList<ClientCorrection>> OfClientsAsync(IReadOnlyCollection<int> clientIds, CancellationToken cancellationToken)
    {
        var result = new List<ClientCorrection>();
        var guidance = await db.StandingCorrections.AsNoTracking()
            .Where(s => clientIds.Contains(s.ClientId))
            .Select(s => new StandingCorrectionView(s.SourcePointId, s.Guidance, s.Wording, s.AdoptedAt))
            .ToListAsync(cancellationToken);
        var points = await PointsAsync(clientIds, cancellationToken);
        foreach (var clientId in clientIds)
        {
            foreach (var correction in RecurringCorrections.Group(points.Where(p => p.ClientId == clientId).Select(p => p.Point).ToList()))
            {
                var adopted = guidance.Find(g => correction.Points.Any(p => p.Id == g.SourcePointId));
                var since = adopted is null ? 0 : correction.Points.Count(p => p.At > adopted.AdoptedAt);
                result.Add(new ClientCorrection(clientId, correction, adopted, since));
            }
        }

        return result;
    }

    /// <summary>
    /// Makes the recurring correction named <paramref name="key"/> standing guidance for the owner's client, in the
    /// wording the owner chose: a standing expectation or a word to avoid. Null when the client is not theirs or has
    /// no such correction; DomainException when it is guidance already or would not fit.
    /// </summary>
    public async Task<bool?> AdoptAsync(
        string ownerId, int clientId, int key, CorrectionGuidance guidance, string wording, CancellationToken cancellationToken)
    {
        var client = await db.ClientsOf(ownerId).SingleOrDefaultAsync(c => c.Id == clientId, cancellationToken);
        if (client is null)
        {
            return null;
        }

        var points = await PointsAsync([clientId], cancellationToken);
        var correction = RecurringCorrections.Group(points.Select(p => p.Point).ToList()).FirstOrDefault(c => c.Key == key);
        if (correction is null)
        {
            return null;
        }

        var pointIds = correction.Points.Select(p => p.Id).ToList();
        if (await db.StandingCorrections.AnyAsync(s => s.ClientId == clientId && pointIds.Contains(s.SourcePointId), cancellationToken))
        {
            throw new DomainException(AlreadyGuidance);
        }

        var now = clock.GetUtcNow().UtcDateTime;
        client.AdoptCorrection(guidance, wording, renderer, now);
        db.StandingCorrections.Add(new StandingCorrection(clientId, key, guidance, wording.Trim(), ownerId, now));
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // The unique index, or the client's version: another request saved first. Nothing of this one is kept.
            db.ChangeTracker.Clear();
            throw new DomainException(AlreadyGuidance);
        }

        logger.LogInformation("Correction {PointId} of client {ClientId} made standing guidance ({Guidance})", key, clientId, guidance);
        return true;
    }

    /// <summary>The latest points of these clients' jobs, <see cref="PointsRead"/> a client, in one read.</summary>
    private async Task<List<(int ClientId, PastPoint Point)>> PointsAsync(IReadOnlyCollection<int> clientIds, CancellationToken cancellationToken) =>
        (await db.Projects.AsNoTracking()
            .Where(p => clientIds.Contains(p.ClientId))
            .Join(db.Drafts, p => p.Id, d => d.ProjectId, (p, d) => new { Project = p, Draft = d })
            .Join(db.Feedback, x => x.Draft.Id, f => f.DraftId, (x, f) => new { x.Project, x.Draft, Feedback = f })
            .Join(db.RevisionPoints, x => x.Feedback.Id, r => r.FeedbackId, (x, r) => new { x.Project, x.Draft, x.Feedback, Point = r })
            .OrderByDescending(x => x.Feedback.GivenAt).ThenByDescending(x => x.Point.Id)
            .Take(PointsRead * clientIds.Count)
            .Select(x => new
            {
                x.Project.ClientId,
                Point = new PastPoint(
                    x.Point.Id, x.Project.Id, x.Project.Title, x.Draft.Number, x.Draft.WriterId, x.Point.Section, x.Point.Category, x.Point.Text, x.Point.PassageExact, x.Feedback.GivenAt),
            })
            .ToListAsync(cancellationToken))
        .Select(x => (x.ClientId, x.Point))
        .ToList();
}
