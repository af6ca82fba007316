using OutsourceHub.Core.Data;
using OutsourceHub.Core.Samples;

namespace OutsourceHub.Core.Briefs;

/// <summary>The reference pieces a brief version sent, written once for the pages and the voice report that read them.</summary>
public static class BriefSamples
{
    /// <summary>
    /// The pieces version <paramref name="number"/> of the job's brief sent, in reading order; the job's latest brief
    /// is <c>number = BriefVersionsIssued</c>. Read by index from the version down, not by a scan of every brief's samples.
    /// </summary>
    public static IQueryable<ReferencePiece> SamplesSentWith(this OutsourceHubDbContext db, int projectId, int number) =>
        db.BriefVersions
            .Where(b => b.ProjectId == projectId && b.Number == number)
            .Join(db.BriefVersionSamples, b => b.Id, s => s.BriefVersionId, (b, s) => s)
            .OrderBy(s => s.Position)
            .Join(db.ReferencePieces, s => s.ReferencePieceId, r => r.Id, (s, r) => r);
}
