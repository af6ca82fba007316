using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using OutsourceHub.Core.Clients;
using OutsourceHub.Core.Data;
using OutsourceHub.Core.Markdown;
using OutsourceHub.Core.Notifications;
using OutsourceHub.Core.Projects;
using OutsourceHub.Core.Voice;

namespace OutsourceHub.Core.Briefs;

/// <summary>Where the brief points: the job's thread and each sample's full text in the app.</summary>
public sealed record BriefLinks(string ThreadUrl, Func<int, string> SampleTextUrl);

/// <summary>A brief version the owner issued: the number the writer now reads.</summary>
public sealed record BriefIssued(int Number);

/// <summary>What came of the writer's acknowledgement of a brief version.</summary>
/// <param name="Number">The version acknowledged.</param>
/// <param name="Raced">
/// Another request of the job (a double click, a second tab) saved at the same moment on every try: the page shows the
/// version as it now stands, acknowledged or not, rather than an error.
/// </param>
public sealed record BriefAcknowledged(int Number, bool Raced);

/// <summary>
/// Reads what the brief is made of (the job, its client, its chosen samples), issues versions to the writer and takes
/// the writer's acknowledgement. The one place where those aggregates meet for the brief; the assembling itself is
/// <see cref="KickoffBriefAssembler"/>.
/// </summary>
public sealed class KickoffBriefs(
    OutsourceHubDbContext db,
    MarkdownRenderer renderer,
    TimeProvider clock,
    Notifier notifier,
    INoticeLinks noticeLinks,
    ILogger<KickoffBriefs> logger)
{
    /// <summary>Said when every try to issue lost a race with another save of the job.</summary>
    public const string IssuedConcurrently = "Someone issued this brief at the same moment. Check the versions below before issuing again.";

    /// <summary>Said when the writer acknowledges without ticking every piece the version sent.</summary>
    public const string TickEachPiece = "Tick each reference piece once you have read it: they are how the owner sounds.";

    /// <summary>Why the same brief is not issued twice; the preview says it before the owner tries.</summary>
    public static string NothingChanged(int latest) =>
        $"Nothing has changed since version {latest}: edit the job or its client first.";

    /// <summary>The brief as it would be issued now, from the job's current details.</summary>
    public async Task<string> AssembleAsync(int projectId, BriefLinks links, CancellationToken cancellationToken)
    {
        var job = await db.Projects.AsNoTracking().Where(p => p.Id == projectId)
            .Select(p => new
            {
                p.ClientId,
                Job = new BriefJob(p.Title, p.Kind, p.TargetLength, p.DueOn, p.Audience, p.Goal, p.KeyPoints, p.Keywords, p.Expectations, p.SpecialRequests, p.RevisionRoundsIncluded, p.OwnerWords),
            })
            .SingleAsync(cancellationToken);
        var client = await db.Clients.AsNoTracking().Where(c => c.Id == job.ClientId)
            .Select(c => new { c.Name, c.Voice, c.StandingExpectations, c.StandingSpecialRequests })
            .SingleAsync(cancellationToken);
        var samples = await db.ProjectSamples.AsNoTracking().Where(s => s.ProjectId == projectId)
            .OrderBy(s => s.Position)
            .Join(db.ReferencePieces, s => s.ReferencePieceId, r => r.Id, (s, r) => new { r.Id, r.Title, r.Kind, r.Url, Text = r.Text.Markdown, r.WhatToTake, Profile = r.VoiceProfile })
            .ToListAsync(cancellationToken);

        var wordsFromCorrections = await db.StandingCorrections.AsNoTracking()
            .Where(s => s.ClientId == job.ClientId && s.Guidance == CorrectionGuidance.WordToAvoid)
            .Select(s => s.Wording)
            .ToListAsync(cancellationToken);
        var input = new BriefInput(
            client.Name,
            job.Job,
            client.Voice,
            client.StandingExpectations,
            client.StandingSpecialRequests,
            samples.Select(s => new BriefSample(s.Title, s.Kind, s.Url, s.Text.Length > 0 ? links.SampleTextUrl(s.Id) : null, s.WhatToTake)).ToList(),
            links.ThreadUrl,
            // The measures stored with each sample (a sample saved before they were stored is measured here).
            VoicePrimer.Describe(samples.Where(s => s.Text.Length > 0).Select(s => s.Profile ?? VoiceText.Profile(s.Text)).ToList(), client.Voice),
            wordsFromCorrections);
        return KickoffBriefAssembler.Assemble(input);
    }

    /// <summary>
    /// Issues the owner's job's current brief as the next version and tells the writer (in the app and by email): the
    /// first version is their new job, a later one asks them to read and acknowledge again. Taking the next number
    /// races with any other save of the job, so a lost race is tried again from a fresh read, where a brief another
    /// request just issued answers <see cref="NothingChanged"/>. Null when the job is not this owner's; DomainException
    /// when the job's rules refuse, nothing changed since the latest version, or every try lost its race.
    /// </summary>
    public async Task<BriefIssued?> IssueAsync(string ownerId, int projectId, BriefLinks links, CancellationToken cancellationToken)
    {
        BriefIssued? issued;
        try
        {
            issued = await db.SaveWithRetryAsync(ct => IssueOnceAsync(ownerId, projectId, links, ct), logger, cancellationToken);
        }
        catch (DbUpdateException)
        {
            db.ChangeTracker.Clear();
            throw new DomainException(IssuedConcurrently);
        }

        if (issued is not null)
        {
            logger.LogInformation("Brief {BriefVersion} issued for job {JobId}", issued.Number, projectId);
        }

        return issued;
    }

    /// <summary>
    /// Adds the current brief as the job's next version to the caller's unit of work and tells nobody; the caller
    /// saves. The step <see cref="IssueAsync"/> takes, for code that builds a whole world in one unit of work outside
    /// a request (the demo data, test seeds). Refuses when nothing changed since the latest version.
    /// </summary>
    public async Task<BriefVersion> AddNextVersionAsync(int projectId, string ownerId, BriefLinks links, CancellationToken cancellationToken)
    {
        var project = await db.Projects.Include(p => p.Samples).SingleAsync(p => p.Id == projectId, cancellationToken);
        return await NextVersionAsync(project, ownerId, links, cancellationToken);
    }

    /// <summary>
    /// The writer's "I have read the brief and the reference pieces" for version <paramref name="number"/>: every piece
    /// the version sent must be among <paramref name="readSampleIds"/>. Moves the job to in progress and tells the owner
    /// (in the app and by email). Retried from a fresh read when it races another save of the job (a second try of a
    /// double click is refused as already acknowledged). Null when the job is not assigned to this writer or has no
    /// such version; DomainException when a piece is not ticked (about <c>ReadSampleIds</c>) or the lifecycle refuses.
    /// </summary>
    public async Task<BriefAcknowledged?> AcknowledgeAsync(
        string writerUserId, int projectId, int number, IReadOnlyCollection<int> readSampleIds, CancellationToken cancellationToken)
    {
        BriefAcknowledged? acknowledged;
        try
        {
            acknowledged = await db.SaveWithRetryAsync(ct => AcknowledgeOnceAsync(writerUserId, projectId, number, readSampleIds, ct), logger, cancellationToken);
        }
        catch (DbUpdateException)
        {
            db.ChangeTracker.Clear();
            return new BriefAcknowledged(number, Raced: true);
        }

        if (acknowledged is not null)
        {
            logger.LogInformation("Brief {BriefVersion} of job {JobId} acknowledged", number, projectId);
        }

        return acknowledged;
    }

    private async Task<BriefIssued?> IssueOnceAsync(string ownerId, int projectId, BriefLinks links, CancellationToken cancellationToken)
    {
        var project = await db.ProjectsOf(ownerId).Include(p => p.Samples).SingleOrDefaultAsync(p => p.Id == projectId, cancellationToken);
        if (project is null)
        {
            return null;
        }

        var brief = await NextVersionAsync(project, ownerId, links, cancellationToken);
        var writerUserId = await db.Writers.Where(w => w.Id == project.WriterId).Select(w => w.UserId).SingleAsync(cancellationToken);
        var first = brief.Number == 1;
        await notifier.NotifyAsync(
            writerUserId,
            Notice.To(
                noticeLinks.To(NoticePlace.Brief, project.Id, brief.Number),
                first ? NotificationKind.BriefIssued : NotificationKind.BriefUpdated,
                first ? NoticeText.BriefIssued(project.Title) : NoticeText.BriefUpdated(project.Title, brief.Number),
                project.Id),
            cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        return new BriefIssued(brief.Number);
    }

    private async Task<BriefVersion> NextVersionAsync(Project project, string ownerId, BriefLinks links, CancellationToken cancellationToken)
    {
        var markdown = await AssembleAsync(project.Id, links, cancellationToken);
        var latest = await db.BriefVersions.AsNoTracking()
            .Where(b => b.ProjectId == project.Id && b.Number == project.BriefVersionsIssued)
            .Select(b => b.Content.Markdown)
            .SingleOrDefaultAsync(cancellationToken);
        if (latest == markdown)
        {
            throw new DomainException(NothingChanged(project.BriefVersionsIssued));
        }

        return project.IssueBrief(renderer.Render(markdown), ownerId, clock.GetUtcNow().UtcDateTime);
    }

    private async Task<BriefAcknowledged?> AcknowledgeOnceAsync(
        string writerUserId, int projectId, int number, IReadOnlyCollection<int> readSampleIds, CancellationToken cancellationToken)
    {
        var project = await db.ProjectsAssignedTo(writerUserId).SingleOrDefaultAsync(p => p.Id == projectId, cancellationToken);
        var brief = project is null
            ? null
            : await db.BriefVersions.Include(b => b.Acknowledgements).Include(b => b.Samples)
                .SingleOrDefaultAsync(b => b.ProjectId == projectId && b.Number == number, cancellationToken);
        if (project is null || brief is null)
        {
            return null;
        }

        if (!brief.Samples.All(s => readSampleIds.Contains(s.ReferencePieceId)))
        {
            throw new DomainException(TickEachPiece, "ReadSampleIds");
        }

        project.AcknowledgeBrief(brief, project.WriterId!.Value, writerUserId, clock.GetUtcNow().UtcDateTime);
        var parties = await db.Clients.Where(c => c.Id == project.ClientId)
            .Select(c => new { c.OwnerId, Writer = db.Users.Where(u => u.Id == writerUserId).Select(u => u.DisplayName).First() })
            .SingleAsync(cancellationToken);
        await notifier.NotifyAsync(
            parties.OwnerId,
            Notice.To(
                noticeLinks.To(NoticePlace.Brief, projectId, number),
                NotificationKind.BriefAcknowledged,
                NoticeText.BriefAcknowledged(parties.Writer, project.Title, number),
                projectId),
            cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        return new BriefAcknowledged(number, Raced: false);
    }
}
