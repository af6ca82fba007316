using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.Logging.Abstractions;
using OutsourceHub.Core.Data;
using OutsourceHub.Core.Drafts;
using OutsourceHub.Core.Markdown;
using OutsourceHub.Core.Notifications;
using OutsourceHub.Core.Projects;
using OutsourceHub.Core.Reviews;
using OutsourceHub.Core.Tests.Data;
using OutsourceHub.Core.Voice;

namespace OutsourceHub.Core.Tests.Drafts;

/// <summary>The writer's submit, on real SQLite: the draft, the owner's notice, the working copy gone, and each refusal.</summary>
public sealed class DraftSubmissionTests : IAsyncLifetime
{
    private static readonly MarkdownRenderer Renderer = new();
    private static readonly Dictionary<int, PointAnswer> NoAnswers = [];
    private SqliteTestDatabase database = null!;
    private JobInProgress job = null!;

    public async Task InitializeAsync()
    {
        database = await SqliteTestDatabase.CreateAsync();
        job = await database.JobInProgressAsync();
    }

    public async Task DisposeAsync() => await database.DisposeAsync();

    [Fact]
    public async Task A_submitted_text_is_the_next_draft_the_owner_is_told_of_and_the_working_copy_goes()
    {
        await using (var db = database.NewContext())
        {
            await new WorkingCopies(db, database.Clock).SaveAsync(job.JobId, job.WriterId, "Half a thought", default);
        }

        var result = await SubmitAsync("# Water\n\nThe **first** cup.");

        Assert.Equal(new SubmissionResult(SubmissionOutcome.Submitted, 1), result);
        await using var read = database.NewContext();
        var draft = await read.Drafts.AsNoTracking().SingleAsync(d => d.ProjectId == job.JobId);
        Assert.Equal(1, draft.Number);
        Assert.Contains("<strong>first</strong>", draft.Body.Html, StringComparison.Ordinal);
        Assert.Equal(ProjectStatus.Submitted, await read.Projects.Where(p => p.Id == job.JobId).Select(p => p.Status).SingleAsync());
        Assert.False(await read.WorkingCopies.AnyAsync(w => w.ProjectId == job.JobId));
        var notice = await read.Notifications.AsNoTracking().SingleAsync();
        Assert.Equal(job.OwnerId, notice.UserId);
        Assert.Equal(NotificationKind.DraftSubmitted, notice.Kind);
        Assert.Equal(NoticeText.DraftSubmitted("Water", 1), notice.Text);
        Assert.Equal($"/Draft/{job.JobId}/1", notice.Url);
    }

    [Fact]
    public async Task A_second_submit_from_the_same_editor_shows_the_draft_already_made_instead_of_another()
    {
        await SubmitAsync("The first cup.");

        var again = await SubmitAsync("The first cup.");

        Assert.Equal(new SubmissionResult(SubmissionOutcome.AlreadySubmitted, 1), again);
        await using var read = database.NewContext();
        Assert.Equal(1, await read.Drafts.CountAsync(d => d.ProjectId == job.JobId));
        Assert.Equal(1, await read.Notifications.CountAsync());
    }

    [Fact]
    public async Task Another_writers_job_is_not_found_and_nothing_is_made()
    {
        Assert.Null(await SubmitAsync("Not mine.", writerUserId: job.OwnerId));

        await using var read = database.NewContext();
        Assert.False(await read.Drafts.AnyAsync());
    }

    [Fact]
    public async Task A_job_waiting_for_the_owner_takes_no_draft_and_says_why()
    {
        await SubmitAsync("The first cup.");

        var refused = await Assert.ThrowsAsync<DomainException>(() => SubmitAsync("A second one.", draftsWhenOpened: 1));

        Assert.Equal(Project.Refusal(ProjectAction.SubmitDraft, ProjectStatus.Submitted), refused.Message);
        await using var read = database.NewContext();
        Assert.Equal(1, await read.Drafts.CountAsync());
    }

    [Fact]
    public async Task A_revision_point_neither_addressed_nor_explained_refuses_the_draft()
    {
        await SubmitAsync("The first cup.");
        await using (var db = database.NewContext())
        {
            var reviewing = new Reviewing(db, database.Clock, new Notifier(db, database.Clock), new FakeNoticeLinks(), Renderer, new VoiceChecks(db), NullLogger<Reviewing>.Instance);
            await reviewing.GiveAsync(
                job.OwnerId, job.JobId, 1, new FeedbackRequest(FeedbackDecision.RequestRevision, "", [new PointRequest("Shorter intro", RevisionCategory.Length, BriefSection.TheJob)]), default);
        }

        await Assert.ThrowsAsync<DomainException>(() => SubmitAsync("The second cup.", draftsWhenOpened: 1));

        int pointId;
        await using (var read = database.NewContext())
        {
            Assert.Equal(1, await read.Drafts.CountAsync());
            pointId = await read.RevisionPoints.Select(p => p.Id).SingleAsync();
        }

        var answered = await SubmitAsync("The second cup.", draftsWhenOpened: 1, answers: new() { [pointId] = new PointAnswer(true, null) });
        Assert.Equal(new SubmissionResult(SubmissionOutcome.Submitted, 2), answered);
    }

    [Fact]
    public async Task A_brief_version_not_yet_acknowledged_refuses_the_draft_with_the_version_to_read()
    {
        await using (var db = database.NewContext())
        {
            var project = await db.Projects.Include(p => p.Briefs).Include(p => p.Samples).SingleAsync(p => p.Id == job.JobId);
            project.IssueBrief(Renderer.Render("# Kickoff brief, version 2"), job.OwnerId, SqliteTestDatabase.Start);
            await db.SaveChangesAsync();
        }

        var refused = await Assert.ThrowsAsync<DomainException>(() => SubmitAsync("The first cup."));

        Assert.Equal(Project.BriefToAcknowledge(1, 2), refused.Message);
    }

    [Fact]
    public async Task A_save_that_keeps_losing_its_race_is_reported_as_lost_and_saves_nothing()
    {
        await using var db = database.NewContextWith(new AlwaysLoses());
        var submission = new DraftSubmission(
            db, database.Clock, new Notifier(db, database.Clock), new FakeNoticeLinks(), Renderer, new VoiceChecks(db), NullLogger<DraftSubmission>.Instance);

        var result = await submission.SubmitAsync(job.WriterUserId, job.JobId, 0, "The first cup.", NoAnswers, default);

        Assert.Equal(SubmissionResult.LostRace, result);
        await using var read = database.NewContext();
        Assert.False(await read.Drafts.AnyAsync());
    }

    private async Task<SubmissionResult?> SubmitAsync(
        string body, string? writerUserId = null, int draftsWhenOpened = 0, Dictionary<int, PointAnswer>? answers = null)
    {
        await using var db = database.NewContext();
        var submission = new DraftSubmission(
            db, database.Clock, new Notifier(db, database.Clock), new FakeNoticeLinks(), Renderer, new VoiceChecks(db), NullLogger<DraftSubmission>.Instance);
        return await submission.SubmitAsync(writerUserId ?? job.WriterUserId, job.JobId, draftsWhenOpened, body, answers ?? NoAnswers, default);
    }

    /// <summary>Every save of a draft fails as a lost race with another request would.</summary>
    private sealed class AlwaysLoses : SaveChangesInterceptor
    {
        public override ValueTask<InterceptionResult<int>> SavingChangesAsync(
            DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default) =>
            throw new DbUpdateConcurrencyException("Another request saved the job first.");
    }
}
