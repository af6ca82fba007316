using OutsourceHub.Core.Data;

namespace OutsourceHub.Core.Reviews;

/// <summary>Where the revision points of a draft are read from, written once for every page and use case that lists them.</summary>
public static class RevisionPointQueries
{
    /// <summary>
    /// The revision points of the owner's answer to draft <paramref name="number"/> of the job (none while it has no
    /// answer). Read from the draft down (its feedback, then its points), by index, never a scan of every job's points.
    /// </summary>
    public static IQueryable<RevisionPoint> PointsOfDraft(this OutsourceHubDbContext db, int projectId, int number) =>
        db.Drafts
            .Where(d => d.ProjectId == projectId && d.Number == number)
            .Join(db.Feedback, d => d.Id, f => f.DraftId, (d, f) => f.Id)
            .Join(db.RevisionPoints, feedbackId => feedbackId, p => p.FeedbackId, (feedbackId, p) => p);
}
