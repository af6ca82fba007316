using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using OutsourceHub.Core.Data;
using OutsourceHub.Core.Markdown;
using OutsourceHub.Core.Notifications;
using OutsourceHub.Core.Reviews;
using OutsourceHub.Core.Voice;

namespace OutsourceHub.Core.Drafts;

/// <summary>How a submit of the writer's text ended.</summary>
public enum SubmissionOutcome
{
    /// <summary>The text is the job's next draft, and the owner has been told.</summary>
    Submitted,

    /// <summary>A double-click or a second tab submitted it first: the draft the editor was opened for exists already.</summary>
    AlreadySubmitted,

    /// <summary>Every try lost a race with another change to the job; nothing was saved.</summary>
    LostRace,
}

/// <summary>What a submit led to.</summary>
/// <param name="Number">The draft that holds the text (made now, or already); null when the race was lost.</param>
public sealed record SubmissionResult(SubmissionOutcome Outcome, int? Number)
{
    public static readonly SubmissionResult LostRace = new(SubmissionOutcome.LostRace, null);
}

/// <summary>
/// The writer submits the text in their editor as the job's next draft: it answers the latest brief version they
/// acknowledged and every open revision point, its voice match is measured, the working copy goes, and the owner is
/// told, all in one save.
/// </summary>
public sealed class DraftSubmission(
    OutsourceHubDbContext db,
    TimeProvider clock,
    Notifier notifier,
    INoticeLinks links,
    MarkdownRenderer renderer,
    VoiceChecks voiceChecks,
    ILogger<DraftSubmission> logger)
{
    /// <summary>
    /// Submits <paramref name="body"/> with the writer's <paramref name="answers"/> to the open points (by point id) as the
    /// next draft of the writer's job, from an editor opened when the job had <paramref name="draftsSubmittedWhenOpened"/>
    /// drafts. Null when the job is not assigned to this writer; DomainException, with the change tracker cleared, when
    /// the job's rules refuse (a brief to acknowledge first, a point unanswered, a job not taking a draft now).
    /// </summary>
    public async Task<SubmissionResult?> SubmitAsync(
        string writerUserId,
        int projectId,
        int draftsSubmittedWhenOpened,
        string body,
        IReadOnlyDictionary<int, PointAnswer> answers,
        CancellationToken cancellationToken)
    {
        // Rendered once, however many tries the save takes.
        var draftText = new DraftText(body, renderer.Render(body));
        try
        {
            // Taking the next draft number races with any other save of the job: retried from a fresh read.
            return await db.SaveWithRetryAsync(
                ct => TrySubmitAsync(writerUserId, projectId, draftsSubmittedWhenOpened, draftText, answers, ct), logger, cancellationToken);
        }
        catch (DomainException)
        {
            // Nothing the refused attempt loaded is to be saved by whatever the caller saves next (the working copy).
            db.ChangeTracker.Clear();
            throw;
        }
        catch (DbUpdateException)
        {
            db.ChangeTracker.Clear();
            return SubmissionResult.LostRace;
        }
    }

    private async Task<SubmissionResult?> TrySubmitAsync(
        string writerUserId, int projectId, int draftsSubmittedWhenOpened, DraftText text, IReadOnlyDictionary<int, PointAnswer> answers, CancellationToken cancellationToken)
    {
        var project = await db.ProjectsAssignedTo(writerUserId).SingleOrDefaultAsync(p => p.Id == projectId, cancellationToken);
        if (project is null)
        {
            return null;
        }

        if (project.DraftsSubmitted != draftsSubmittedWhenOpened)
        {
            // A double-click or a second tab already submitted this text: that draft, rather than another.
            return new SubmissionResult(SubmissionOutcome.AlreadySubmitted, project.DraftsSubmitted);
        }

        // The brief versions with their acknowledgements (a job has a handful): a draft answers the latest one read.
        await db.BriefVersions.Include(b => b.Acknowledgements)
            .Where(b => b.ProjectId == projectId)
            .LoadAsync(cancellationToken);
        // The latest draft with its feedback: its open points are the checklist this draft must answer.
        await db.Drafts.Include(d => d.Feedback).ThenInclude(f => f!.Points)
            .Where(d => d.ProjectId == projectId && d.Number == project.DraftsSubmitted)
            .LoadAsync(cancellationToken);
        var writerId = project.WriterId!.Value;
        var draft = project.SubmitDraft(
            writerId, text.Rendered, WordCounter.Count(text.Markdown), writerUserId, clock.GetUtcNow().UtcDateTime, answers);
        if (await voiceChecks.ForJobAsync(projectId, text.Markdown, cancellationToken) is { } voice)
        {
            draft.RecordVoiceMatch(voice.Overall);
        }

        // Removed in the same save as the draft is made: both happen, or neither.
        var copy = await db.WorkingCopies.SingleOrDefaultAsync(w => w.ProjectId == projectId && w.WriterId == writerId, cancellationToken);
        if (copy is not null)
        {
            db.WorkingCopies.Remove(copy);
        }

        var parties = await notifier.PartiesAsync(projectId, cancellationToken);
        await notifier.NotifyAsync(
            parties.OwnerId,
            Notice.To(links.To(NoticePlace.Draft, projectId, draft.Number), NotificationKind.DraftSubmitted, NoticeText.DraftSubmitted(project.Title, draft.Number), projectId),
            cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        logger.LogInformation("Draft {DraftNumber} submitted for job {JobId}", draft.Number, projectId);
        return new SubmissionResult(SubmissionOutcome.Submitted, draft.Number);
    }

    private sealed record DraftText(string Markdown, RichText Rendered);
}
