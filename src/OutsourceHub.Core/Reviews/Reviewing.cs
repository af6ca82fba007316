using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using OutsourceHub.Core.Briefs;
using OutsourceHub.Core.Data;
using OutsourceHub.Core.Markdown;
using OutsourceHub.Core.Notifications;
using OutsourceHub.Core.Projects;
using OutsourceHub.Core.Voice;

namespace OutsourceHub.Core.Reviews;

/// <summary>
/// One revision point as the owner wrote it; <paramref name="ReferencePieceId"/> names the piece a point holds the draft
/// to. <paramref name="Passage"/> quotes the passage of the draft it is about (a selection also sends the text just
/// before and after it, to tell apart a passage that occurs twice), <paramref name="Suggestion"/> the wording the owner
/// would like there instead.
/// </summary>
public sealed record PointRequest(
    string Text,
    RevisionCategory Category,
    BriefSection Section,
    int? ReferencePieceId = null,
    string? Passage = null,
    string? PassagePrefix = null,
    string? PassageSuffix = null,
    string? Suggestion = null);

/// <summary>The owner's answer to a draft as they gave it. The points are read only for a revision request.</summary>
/// <param name="ExtraRoundConfirmed">The owner confirmed a revision round beyond those the job included.</param>
public sealed record FeedbackRequest(FeedbackDecision Decision, string Comment, IReadOnlyList<PointRequest> Points, bool ExtraRoundConfirmed = false);

/// <summary>What giving feedback led to.</summary>
public enum ReviewOutcome
{
    Approved,
    RevisionRequested,

    /// <summary>The draft was answered meanwhile, from another window or by the request this one raced: this answer was not kept.</summary>
    AnsweredElsewhere,
}

/// <summary>
/// The owner's review of the latest draft of their job: what the review page shows, why a review link no longer opens
/// the form, and giving the answer (approve, or request a revision with points), with what the writer is told.
/// </summary>
public sealed class Reviewing(
    OutsourceHubDbContext db,
    TimeProvider clock,
    Notifier notifier,
    INoticeLinks links,
    MarkdownRenderer renderer,
    VoiceChecks voiceChecks,
    ILogger<Reviewing> logger)
{
    /// <summary>
    /// Draft <paramref name="number"/> of the owner's job while it waits for their review. Null when there is nothing
    /// to review: not the owner's job, not its latest draft, answered already, or the job moved on
    /// (<see cref="WhyClosedAsync"/> says which).
    /// </summary>
    public async Task<DraftReview?> OpenAsync(string ownerId, int projectId, int number, CancellationToken cancellationToken)
    {
        var job = await db.FindVisibleJobAsync(projectId, ownerId, cancellationToken);
        if (job is null || !job.ViewerIsOwner || !job.Status.MayBeReviewed())
        {
            return null;
        }

        var state = await db.Projects.AsNoTracking().Where(p => p.Id == projectId)
            .Select(p => new { p.DraftsSubmitted, p.RevisionRoundsUsed, p.RevisionRoundsIncluded, p.BriefVersionsIssued })
            .SingleAsync(cancellationToken);
        var draft = await db.Drafts.AsNoTracking()
            .Where(d => d.ProjectId == projectId && d.Number == number && d.Number == state.DraftsSubmitted && d.Feedback == null)
            .Select(d => new { d.Body.Html, d.Body.Markdown, d.WordCount })
            .SingleOrDefaultAsync(cancellationToken);
        if (draft is null)
        {
            return null;
        }

        var voice = await voiceChecks.ForJobAsync(projectId, draft.Markdown, cancellationToken);
        // From the previous draft down (its feedback, then its points), by index.
        var previous = await db.Drafts.AsNoTracking()
            .Where(d => d.ProjectId == projectId && d.Number == number - 1)
            .Join(db.Feedback, d => d.Id, f => f.DraftId, (d, f) => f.Id)
            .Join(db.RevisionPoints, feedbackId => feedbackId, p => p.FeedbackId, (feedbackId, p) => p)
            .OrderBy(p => p.Id)
            .Select(p => new HandledPoint(p.Text, p.Section, p.Resolution, p.WriterNote, p.PassageExact, p.SuggestedWording, p.PassageFate, p.PassageNowExact))
            .ToListAsync(cancellationToken);
        var pieces = await db.SamplesSentWith(projectId, state.BriefVersionsIssued).AsNoTracking()
            .Select(r => new BriefPiece(r.Id, r.Title))
            .ToListAsync(cancellationToken);
        return new DraftReview(
            job, number, draft.Html, draft.WordCount, voice, state.RevisionRoundsUsed, state.RevisionRoundsIncluded, previous, pieces);
    }

    /// <summary>
    /// Why the review link of a draft of the owner's job no longer opens the form, in the owner's words: they answered
    /// it (and when), the job ended first, or the draft is not the one waiting for them. Null when the job is not this
    /// owner's or has no such draft: the page answers 404.
    /// </summary>
    public async Task<string?> WhyClosedAsync(string ownerId, int projectId, int number, CancellationToken cancellationToken)
    {
        var draft = await db.ProjectsOf(ownerId).AsNoTracking()
            .Where(p => p.Id == projectId)
            .Join(db.Drafts, p => p.Id, d => d.ProjectId, (p, d) => new { p.Status, Draft = d })
            .Where(x => x.Draft.Number == number)
            .Select(x => new { x.Status, GivenAt = (DateTime?)x.Draft.Feedback!.GivenAt })
            .SingleOrDefaultAsync(cancellationToken);
        if (draft is null)
        {
            return null;
        }

        return draft.GivenAt is { } given
            ? $"You answered this draft on {AnsweredOn(given)}."
            : draft.Status.IsFinal()
                ? $"This job was {Labels.Describe(draft.Status)} before you answered this draft."
                : "This draft is not waiting for your review.";
    }

    /// <summary>
    /// Gives the owner's answer to draft <paramref name="number"/> of their job and tells the writer, in the app and by
    /// email. Counting a revision round races with any other save of the job, so a lost race is tried again from a fresh
    /// read, which usually finds the draft answered: <see cref="ReviewOutcome.AnsweredElsewhere"/>, as when every attempt
    /// lost. Null when the job or the draft is not this owner's; DomainException when the lifecycle or a rule of the
    /// review refuses (nothing said to revise, an extra round not confirmed, a point held to a piece the brief did not send).
    /// </summary>
    public async Task<ReviewOutcome?> GiveAsync(
        string ownerId, int projectId, int number, FeedbackRequest feedback, CancellationToken cancellationToken)
    {
        var comment = renderer.Render(feedback.Comment);
        try
        {
            return await db.SaveWithRetryAsync(ct => GiveOnceAsync(ownerId, projectId, number, feedback, comment, ct), logger, cancellationToken);
        }
        catch (DbUpdateException)
        {
            return ReviewOutcome.AnsweredElsewhere;
        }
    }

    private async Task<ReviewOutcome?> GiveOnceAsync(
        string ownerId, int projectId, int number, FeedbackRequest feedback, RichText comment, CancellationToken cancellationToken)
    {
        var project = await db.ProjectsOf(ownerId).SingleOrDefaultAsync(p => p.Id == projectId, cancellationToken);
        var draft = project is null
            ? null
            : await db.Drafts.Include(d => d.Feedback).SingleOrDefaultAsync(d => d.ProjectId == projectId && d.Number == number, cancellationToken);
        if (project is null || draft is null)
        {
            return null;
        }

        if (draft.Feedback is not null)
        {
            return ReviewOutcome.AnsweredElsewhere;
        }

        var revising = feedback.Decision == FeedbackDecision.RequestRevision;
        var points = revising ? await PointsAsync(project, draft.Body.Markdown, feedback.Points, cancellationToken) : [];
        project.GiveFeedback(draft, feedback.Decision, comment, points, ownerId, clock.GetUtcNow().UtcDateTime, feedback.ExtraRoundConfirmed);

        var writerUserId = await db.Writers.Where(w => w.Id == project.WriterId).Select(w => w.UserId).SingleAsync(cancellationToken);
        await notifier.NotifyAsync(
            writerUserId,
            Notice.To(
                links.To(NoticePlace.Draft, projectId, number),
                revising ? NotificationKind.RevisionRequested : NotificationKind.Approved,
                revising ? NoticeText.RevisionRequested(project.Title, number, points.Count) : NoticeText.Approved(project.Title, number),
                projectId),
            cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        logger.LogInformation("Feedback {Decision} given on draft {DraftNumber} of job {JobId}", feedback.Decision, number, projectId);
        return revising ? ReviewOutcome.RevisionRequested : ReviewOutcome.Approved;
    }

    /// <summary>
    /// The points as the feedback keeps them. A point is held to a part of the brief the job has: a reference piece must
    /// be one the latest brief sent, the only pieces the writer was given. Checked here, with the ids alone, rather than
    /// in <see cref="Project.GiveFeedback"/>, which would need the brief versions loaded with their text.
    /// </summary>
    private async Task<List<RevisionPoint>> PointsAsync(
        Project project, string draftMarkdown, IReadOnlyList<PointRequest> requests, CancellationToken cancellationToken)
    {
        if (requests.Any(p => !Enum.IsDefined(p.Section)))
        {
            throw new DomainException(RevisionPoint.ChooseSection);
        }

        var pieceIds = requests.Where(p => p.Section == BriefSection.ReferencePiece && p.ReferencePieceId is not null)
            .Select(p => p.ReferencePieceId!.Value).ToList();
        if (pieceIds.Count > 0)
        {
            var sent = await db.SamplesSentWith(project.Id, project.BriefVersionsIssued).Select(r => r.Id).ToListAsync(cancellationToken);
            if (pieceIds.Except(sent).Any())
            {
                throw new DomainException(RevisionPoint.ChooseSection);
            }
        }

        return requests
            .Select((p, i) => new RevisionPoint(p.Text.Trim(), p.Category, p.Section, p.ReferencePieceId, PassageOf(draftMarkdown, p, i), p.Suggestion))
            .ToList();
    }

    /// <summary>
    /// Where in the draft a point's quoted passage is; null for a point on the whole draft. Refused beside the point's
    /// passage field when the quote is too long, not in the draft, or in it more than once with nothing to tell which.
    /// </summary>
    private static PassageQuote? PassageOf(string draftMarkdown, PointRequest point, int index)
    {
        var about = $"Points[{index}].Passage";
        if (string.IsNullOrWhiteSpace(point.Passage))
        {
            return string.IsNullOrWhiteSpace(point.Suggestion) ? null : throw new DomainException(RevisionPoint.SuggestionNeedsPassage, about);
        }

        if (point.Passage.Length > Passages.MaxLength)
        {
            throw new DomainException(PassageTooLong, about);
        }

        var (found, miss) = Passages.Find(draftMarkdown, point.Passage, point.PassagePrefix, point.PassageSuffix);
        return found ?? throw new DomainException(miss!.Ambiguous ? PassageInSeveralPlaces(miss.Candidates) : PassageNotFound, about);
    }

    public static readonly string PassageTooLong = string.Create(CultureInfo.InvariantCulture, $"Quote at most {Passages.MaxLength:N0} characters of the draft.");

    public const string PassageNotFound = "That passage is not in this draft. Copy it from the draft above as it reads there.";

    public static string PassageInSeveralPlaces(IReadOnlyList<string> candidates) =>
        $"That passage is in the draft {candidates.Count} times: {string.Join(" / ", candidates.Select(c => $"“{c}”"))}. Quote a few more words so it is found once.";

    private string AnsweredOn(DateTime given) =>
        given.ToString(given.Year == clock.GetUtcNow().Year ? "d MMM" : "d MMM yyyy", CultureInfo.InvariantCulture);
}
