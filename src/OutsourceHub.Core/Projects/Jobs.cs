using Microsoft.EntityFrameworkCore;
using OutsourceHub.Core.Data;
using OutsourceHub.Core.Notifications;

namespace OutsourceHub.Core.Projects;

/// <summary>What saving an edit of a job led to.</summary>
/// <param name="BriefOutOfDate">A brief was issued and what it says changed: the owner issues the next version.</param>
/// <param name="NextBriefVersion">The number the next brief version would take.</param>
public sealed record JobEdited(bool BriefOutOfDate, int NextBriefVersion);

/// <summary>
/// The owner's jobs: posting one, editing it (in any state until it is approved or cancelled) and cancelling it.
/// Each method loads through the owner, applies the job's own rule, tells the writer what concerns them, and saves
/// once.
/// </summary>
public sealed class Jobs(OutsourceHubDbContext db, TimeProvider clock, Notifier notifier, INoticeLinks links)
{
    /// <summary>Why a job cannot be posted for a client the owner archived while writing it.</summary>
    public static string ClientArchived(string client) =>
        $"{client} was archived while you wrote this job: restore the client from its page to post it. What you typed is still here.";

    /// <summary>
    /// Posts a job for one of the owner's clients, in setup (the writer sees nothing until the brief is issued), with
    /// its writer and reference pieces, and returns its id. Null when the client is not theirs; DomainException when
    /// the client is archived.
    /// </summary>
    public async Task<int?> CreateAsync(
        string ownerId, int clientId, JobDetails details, int? writerId, IReadOnlyList<int> sampleIds, CancellationToken cancellationToken)
    {
        var client = await db.ClientsOf(ownerId)
            .Where(c => c.Id == clientId)
            .Select(c => new { c.Name, c.ArchivedAt })
            .SingleOrDefaultAsync(cancellationToken);
        if (client is null)
        {
            return null;
        }

        if (client.ArchivedAt is not null)
        {
            throw new DomainException(ClientArchived(client.Name));
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var project = new Project(clientId, details.Title, details.Kind, details.DueOn, ownerId, now);
        project.SetDetails(details);
        project.ChooseSamples(sampleIds);
        project.AssignWriter(writerId, ownerId, now);
        db.Projects.Add(project);
        await db.SaveChangesAsync(cancellationToken);
        return project.Id;
    }

    /// <summary>
    /// Saves the owner's edit of their job, made from <paramref name="expectedVersion"/> of it (a save based on an older
    /// one throws DbUpdateConcurrencyException). A writer who already has the brief is told at once when the due date
    /// moves; every other change reaches them with the next brief version, which the owner issues next. Null when the
    /// job is not this owner's; DomainException when the job's rules refuse the change.
    /// </summary>
    public async Task<JobEdited?> EditAsync(
        string ownerId, int projectId, int expectedVersion, JobDetails details, int? writerId, IReadOnlyList<int> sampleIds, CancellationToken cancellationToken)
    {
        var project = await db.ProjectsOf(ownerId).Include(p => p.Samples).SingleOrDefaultAsync(p => p.Id == projectId, cancellationToken);
        if (project is null)
        {
            return null;
        }

        db.Entry(project).Property(p => p.Version).OriginalValue = expectedVersion;
        var now = clock.GetUtcNow().UtcDateTime;
        var dueBefore = project.DueOn;
        var detailsChanged = project.SetDetails(details);
        var samplesChanged = project.ChooseSamples(sampleIds);
        project.AssignWriter(writerId, ownerId, now);
        var briefChanged = detailsChanged || samplesChanged;
        if (briefChanged)
        {
            project.MarkEdited(ownerId, now);
        }

        var writerHasBrief = project.BriefVersionsIssued > 0 && project.WriterId is not null;
        if (writerHasBrief && project.DueOn != dueBefore)
        {
            var writerUserId = await db.Writers.Where(w => w.Id == project.WriterId).Select(w => w.UserId).SingleAsync(cancellationToken);
            await notifier.NotifyAsync(
                writerUserId,
                Notice.To(
                    links.To(NoticePlace.WriterJob, project.Id),
                    NotificationKind.DueDateMoved,
                    NoticeText.DueDateMoved(project.Title, dueBefore, project.DueOn),
                    project.Id),
                cancellationToken);
        }

        await db.SaveChangesAsync(cancellationToken);
        return new JobEdited(briefChanged && project.BriefVersionsIssued > 0, project.BriefVersionsIssued + 1);
    }

    /// <summary>
    /// Cancels the owner's job with their optional reason, kept in the timeline, and tells a writer who has the brief
    /// (in the app and by email), with the reason. False when the job is not this owner's; DomainException when the
    /// lifecycle refuses (the job is already approved or cancelled); DbUpdateConcurrencyException when the job changed
    /// since it was read here.
    /// </summary>
    public async Task<bool> CancelAsync(string ownerId, int projectId, string? reason, CancellationToken cancellationToken)
    {
        var project = await db.ProjectsOf(ownerId).SingleOrDefaultAsync(p => p.Id == projectId, cancellationToken);
        if (project is null)
        {
            return false;
        }

        project.Cancel(ownerId, clock.GetUtcNow().UtcDateTime, reason);

        // A job still in setup was never shown to its writer: there is nothing to tell them about.
        if (project.BriefVersionsIssued > 0 && project.WriterId is not null)
        {
            var writerUserId = await db.Writers.Where(w => w.Id == project.WriterId).Select(w => w.UserId).SingleAsync(cancellationToken);
            var ownerName = await db.Users.Where(u => u.Id == ownerId).Select(u => u.DisplayName).SingleAsync(cancellationToken);
            await notifier.NotifyAsync(
                writerUserId,
                Notice.To(
                    links.To(NoticePlace.WriterJob, project.Id),
                    NotificationKind.JobCancelled,
                    NoticeText.JobCancelled(ownerName, project.Title, reason),
                    project.Id),
                cancellationToken);
        }

        await db.SaveChangesAsync(cancellationToken);
        return true;
    }
}
