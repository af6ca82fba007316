using System.Globalization;
using OutsourceHub.Core.Data;
using OutsourceHub.Core.Reviews;

namespace OutsourceHub.Core.Projects;

/// <summary>What a next step asks for; the page turns it into a link (Core builds no links).</summary>
public enum NextStepKind
{
    /// <summary>Owner, in setup: no writer yet.</summary>
    ChooseWriter,

    /// <summary>Owner, in setup: no reference piece yet.</summary>
    ChooseSamples,

    /// <summary>Owner, in setup: ready to preview and issue the brief.</summary>
    IssueBrief,

    /// <summary>Owner: the writer has not acknowledged the latest brief version.</summary>
    AwaitAcknowledgement,

    /// <summary>Owner: the writer is writing (the first draft, or the next one after a revision request).</summary>
    WriterWriting,

    /// <summary>Owner: the latest draft waits for the review.</summary>
    ReviewDraft,

    /// <summary>Writer: read and acknowledge the latest brief version.</summary>
    AcknowledgeBrief,

    /// <summary>Writer: write the first draft, or the next one.</summary>
    WriteDraft,

    /// <summary>Writer: the latest draft is with the owner.</summary>
    AwaitReview,

    /// <summary>Both: approved, the final draft.</summary>
    FinalDraft,

    /// <summary>Both: cancelled, nothing more to do.</summary>
    Cancelled,
}

/// <summary>
/// Where a job stands, as far as its next step needs: read by one projection (<see cref="NextSteps.Progress"/>)
/// or built by a page from what it already read.
/// </summary>
public sealed record JobProgress(
    ProjectStatus Status,
    bool HasWriter,
    int Samples,
    int BriefVersionsIssued,
    bool LatestBriefAcknowledged,
    int DraftsSubmitted,
    int OpenPoints,
    DateTime LastChangedAt);

/// <summary>
/// The step a job's page shows: one sentence saying where the job stands, and the label of the one thing to do
/// (null when the other party has the next move and there is nothing to click). <see cref="Number"/> is the draft
/// or brief version the action is about.
/// </summary>
public sealed record NextStep(NextStepKind Kind, string Text, string? Action, int Number);

/// <summary>
/// The "Next step" of a job for its owner and for its writer, worded once here and read by every page that shows
/// it (the owner's job page, the writer's job page, the brief after acknowledging). What may happen comes from the
/// lifecycle table in <see cref="Project"/>, not from a copy of it.
/// </summary>
public static class NextSteps
{
    public static NextStep ForOwner(JobProgress job)
    {
        ArgumentNullException.ThrowIfNull(job);
        if (job.Status.IsFinal())
        {
            return Final(job);
        }

        // The owner's own move comes first: a draft waiting for review is reviewed even if a newer brief is unread.
        if (job.Status.MayBeReviewed())
        {
            return new(NextStepKind.ReviewDraft, $"Draft {job.DraftsSubmitted} is waiting for your review.", $"Review draft {job.DraftsSubmitted}", job.DraftsSubmitted);
        }

        if (job.Status.IsInSetup())
        {
            if (!job.HasWriter)
            {
                return new(NextStepKind.ChooseWriter, "Choose the writer for this job from the client's roster.", "Choose a writer", 0);
            }

            if (job.Samples == 0)
            {
                return new(
                    NextStepKind.ChooseSamples,
                    "Choose the reference pieces the writer will read: two or three of the client's own pieces are best.",
                    "Choose reference pieces",
                    0);
            }

            return new(NextStepKind.IssueBrief, "Everything the brief needs is here: preview it and issue it to the writer.", "Preview and issue the brief", 0);
        }

        if (AwaitsAcknowledgement(job))
        {
            return new(
                NextStepKind.AwaitAcknowledgement,
                $"Waiting for the writer to acknowledge version {job.BriefVersionsIssued} of the brief.",
                $"Read version {job.BriefVersionsIssued}",
                job.BriefVersionsIssued);
        }

        var next = job.DraftsSubmitted + 1;
        var text = job.DraftsSubmitted == 0
            ? "The writer is writing the first draft."
            : $"Waiting for draft {next}: the writer is revising{PointsToAnswer(job.OpenPoints, " ({0})")}.";
        return new(NextStepKind.WriterWriting, text, "Message the writer", next);
    }

    public static NextStep ForWriter(JobProgress job)
    {
        ArgumentNullException.ThrowIfNull(job);
        if (job.Status.IsFinal())
        {
            return Final(job);
        }

        if (AwaitsAcknowledgement(job))
        {
            return new(
                NextStepKind.AcknowledgeBrief,
                job.BriefVersionsIssued == 1
                    ? "Read the brief and its reference pieces, then acknowledge them."
                    : $"The brief changed: read version {job.BriefVersionsIssued} and acknowledge it.",
                "Read and acknowledge the brief",
                job.BriefVersionsIssued);
        }

        if (job.Status.MayTakeDraft())
        {
            if (job.DraftsSubmitted == 0)
            {
                return new(NextStepKind.WriteDraft, "You have read the brief: the first draft is yours to write.", "Write the first draft", 1);
            }

            var next = job.DraftsSubmitted + 1;
            return new(
                NextStepKind.WriteDraft,
                $"The owner asked for a revision of draft {job.DraftsSubmitted}.",
                $"Write draft {next}{PointsToAnswer(job.OpenPoints, " ({0})")}",
                next);
        }

        return new(NextStepKind.AwaitReview, $"Draft {job.DraftsSubmitted} is with the owner for review.", null, job.DraftsSubmitted);
    }

    /// <summary>What a job's next step needs, in one query from the job's own rows down (by index).</summary>
    public static IQueryable<JobProgress> Progress(this OutsourceHubDbContext db, IQueryable<Project> jobs)
    {
        ArgumentNullException.ThrowIfNull(db);
        return jobs.Select(p => new JobProgress(
            p.Status,
            p.WriterId != null,
            db.ProjectSamples.Count(s => s.ProjectId == p.Id),
            p.BriefVersionsIssued,
            db.BriefVersions.Any(b => b.ProjectId == p.Id && b.Number == p.BriefVersionsIssued
                && db.BriefAcknowledgements.Any(a => a.BriefVersionId == b.Id && a.WriterId == p.WriterId)),
            p.DraftsSubmitted,
            db.Drafts.Where(d => d.ProjectId == p.Id && d.Number == p.DraftsSubmitted)
                .Join(db.Feedback, d => d.Id, f => f.DraftId, (d, f) => f.Id)
                .Join(db.RevisionPoints, feedbackId => feedbackId, r => r.FeedbackId, (feedbackId, r) => r)
                .Count(r => r.Resolution == PointResolution.Open),
            p.UpdatedAt));
    }

    private static bool AwaitsAcknowledgement(JobProgress job) => job.BriefVersionsIssued > 0 && !job.LatestBriefAcknowledged;

    private static NextStep Final(JobProgress job)
    {
        if (job.Status.IsApproved())
        {
            return new(NextStepKind.FinalDraft, $"Approved: draft {job.DraftsSubmitted} is the final draft.", "Download the final draft", job.DraftsSubmitted);
        }

        // The job is final, so its last change is the cancellation.
        var on = job.LastChangedAt.ToString("d MMM yyyy", CultureInfo.InvariantCulture);
        var when = job.DraftsSubmitted > 0
            ? $"after {Count(job.DraftsSubmitted, "draft")}"
            : job.BriefVersionsIssued > 0 ? "before the first draft" : "before its brief was issued";
        return new(NextStepKind.Cancelled, $"This job was cancelled on {on}, {when}. Its brief, drafts and thread stay here to read.", null, 0);
    }

    private static string PointsToAnswer(int open, string format) =>
        open == 0 ? string.Empty : string.Format(CultureInfo.InvariantCulture, format, $"{Count(open, "point")} to answer");

    private static string Count(int n, string noun) => n.ToString(CultureInfo.InvariantCulture) + " " + (n == 1 ? noun : noun + "s");
}
