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

/// <summary>The writer submits the text in their editor as the job's next draft, on real SQLite, with what the owner is told.</summary>
public sealed class DraftSubmissionTests : IAsyncLifetime
{
    private static readonly MarkdownRenderer Renderer = new();
    private static readonly Dictionary<int, PointAnswer> NoAnswers = [];
    private SqliteDatabase database = null!;
    private JobInProgress job = null!;

    public async Task InitializeAsync()
    {
        database = new SqliteDatabase();
        job = await database.JobInProgressAsync();
    }

    public async Task DisposeAsync() => await database.DisposeAsync();

    [Fact]
    public async Task Submitting_makes_draft_one_moves_the_job_tells_the_owner_and_removes_the_working_copy()
    {
        await SaveWorkingCopyAsync("Half a draft.");

        var result = await SubmitAsync("Let's be real: cold brew is **easy**.");

        Assert.Equal(new SubmissionResult(SubmissionOutcome.Submitted, 1), result);
        await using var db = database.NewContext();
        var draft = await db.Drafts.AsNoTracking().SingleAsync(d => d.ProjectId == job.JobId);
        Assert.Equal(1, draft.Number);
        Assert.Equal(7, draft.WordCount);
        Assert.Contains("<strong>easy</strong>", draft.Body.Html, StringComparison.Ordinal);
        Assert.Null(draft.VoiceMatch); // the brief's only sample has no text to measure against
        Assert.Equal(ProjectStatus.Submitted, await db.Projects.Where(p => p.Id == job.JobId).Select(p => p.Status).SingleAsync());
        var notice = await db.Notifications.AsNoTracking().SingleAsync(n => n.UserId == job.OwnerId);
        Assert.Equal(NotificationKind.DraftSubmitted, notice.Kind);
        Assert.Equal("Draft 1 of \"Water\" is ready for your review", notice.Text);
        Assert.Equal($"/Draft/{job.JobId}/1", notice.Url);
        var email = await db.OutboxEmails.AsNoTracking().SingleAsync();
        Assert.Equal(notice.Text, email.Subject);
        Assert.Contains($"https://hub.example.com/Draft/{job.JobId}/1", email.Body, StringComparison.Ordinal);
        Assert.False(await db.WorkingCopies.AnyAsync(w => w.ProjectId == job.JobId));
    }

    [Fact]
    public async Task The_voice_match_is_recorded_when_the_briefs_samples_have_text()
    {
        const string Body = "For two years I eyeballed my coffee. Then I stopped. Here is what I do now, and why it works.";
        await GiveTheSampleTextAsync("For two years I weighed every bean. I stopped, and my mornings got better. You can too.");

        await SubmitAsync(Body);

        await using var db = database.NewContext();
        var expected = await new VoiceChecks(db, new InstallBackground(database.Clock)).ForJobAsync(job.JobId, Body, CancellationToken.None);
        var draft = await db.Drafts.AsNoTracking().SingleAsync(d => d.ProjectId == job.JobId);
        Assert.NotNull(expected);
        Assert.Equal(expected.Overall, draft.VoiceMatch);
    }

    [Fact]
    public async Task A_second_submit_from_the_same_editor_finds_the_draft_already_submitted()
    {
        await SubmitAsync("One draft, clicked twice.");

        var second = await SubmitAsync("One draft, clicked twice.");

        Assert.Equal(new SubmissionResult(SubmissionOutcome.AlreadySubmitted, 1), second);
        await using var db = database.NewContext();
        Assert.Equal(1, await db.Drafts.CountAsync(d => d.ProjectId == job.JobId));
        Assert.Equal(1, await db.Notifications.CountAsync(n => n.UserId == job.OwnerId));
    }

    [Fact]
    public async Task A_draft_against_a_brief_reissued_since_the_acknowledgement_is_refused_and_the_working_copy_stays()
    {
        await SaveWorkingCopyAsync("Written against version 1.");
        await ReissueBriefAsync();

        var refused = await Assert.ThrowsAsync<DomainException>(() => SubmitAsync("Written against version 1."));

        Assert.Equal("The brief changed since you acknowledged version 1: read version 2 and acknowledge it first.", refused.Message);
        await AssertNothingSubmittedAsync(ProjectStatus.InProgress);
        await using var db = database.NewContext();
        Assert.Equal("Written against version 1.", await db.WorkingCopies.Where(w => w.ProjectId == job.JobId).Select(w => w.Body).SingleAsync());
    }

    [Fact]
    public async Task A_revision_that_leaves_a_point_unanswered_is_refused()
    {
        await SubmitAsync("Draft one.");
        await RequestRevisionAsync("Open with a story");

        var refused = await Assert.ThrowsAsync<DomainException>(() => SubmitAsync("Draft two.", draftsWhenOpened: 1));

        Assert.Equal("Mark each revision point as addressed, or answer it with a short note, before submitting.", refused.Message);
        await using var db = database.NewContext();
        Assert.Equal(1, await db.Drafts.CountAsync(d => d.ProjectId == job.JobId));
    }

    [Fact]
    public async Task A_revision_that_answers_every_point_is_submitted_and_the_points_say_how()
    {
        await SubmitAsync("Draft one.");
        var pointId = await RequestRevisionAsync("Open with a story");

        var result = await SubmitAsync("Draft two, the story first.", draftsWhenOpened: 1, new Dictionary<int, PointAnswer> { [pointId] = new(true, null) });

        Assert.Equal(new SubmissionResult(SubmissionOutcome.Submitted, 2), result);
        await using var db = database.NewContext();
        var point = await db.RevisionPoints.AsNoTracking().SingleAsync(p => p.Id == pointId);
        Assert.Equal(PointResolution.Addressed, point.Resolution);
        Assert.Equal(2, point.ResolvedInDraftNumber);
    }

    [Fact]
    public async Task A_job_waiting_for_the_owners_review_takes_no_draft()
    {
        await SubmitAsync("Draft one.");

        var refused = await Assert.ThrowsAsync<DomainException>(() => SubmitAsync("Another one.", draftsWhenOpened: 1));

        Assert.Equal("You can't submit a draft: this job is waiting for the owner's review of a draft.", refused.Message);
        Assert.Equal(Project.Refusal(ProjectAction.SubmitDraft, ProjectStatus.Submitted), refused.Message);
    }

    [Fact]
    public async Task A_draft_with_no_text_is_refused()
    {
        var refused = await Assert.ThrowsAsync<DomainException>(() => SubmitAsync("   "));

        Assert.Equal(Draft.NothingWritten, refused.Message);
        await AssertNothingSubmittedAsync(ProjectStatus.InProgress);
    }

    [Fact]
    public async Task Nobody_but_the_assigned_writer_submits_a_draft()
    {
        await using var db = database.NewContext();

        var result = await Submission(db).SubmitAsync(job.OwnerId, job.JobId, 0, "Not my job to write.", NoAnswers, CancellationToken.None);

        Assert.Null(result);
        await AssertNothingSubmittedAsync(ProjectStatus.InProgress);
    }

    [Fact]
    public async Task A_submit_that_loses_the_race_to_another_window_finds_that_windows_draft()
    {
        // Just before this save, the same text is submitted from a second tab: the job's Version moves, this save
        // fails, and the fresh read finds draft 1 made.
        var race = new RaceAtSave(async () =>
        {
            await using var other = database.NewContext();
            await Submission(other).SubmitAsync(job.WriterUserId, job.JobId, 0, "The same text, from the other tab.", NoAnswers, CancellationToken.None);
        }, times: 1);
        await using var db = database.NewContextWith(race);

        var result = await Submission(db).SubmitAsync(job.WriterUserId, job.JobId, 0, "The same text, from this tab.", NoAnswers, CancellationToken.None);

        Assert.Equal(new SubmissionResult(SubmissionOutcome.AlreadySubmitted, 1), result);
        await using var check = database.NewContext();
        Assert.Equal("The same text, from the other tab.", await check.Drafts.Where(d => d.ProjectId == job.JobId).Select(d => d.Body.Markdown).SingleAsync());
        Assert.Equal(1, await check.Notifications.CountAsync(n => n.UserId == job.OwnerId));
    }

    [Fact]
    public async Task A_submit_that_loses_a_race_with_another_change_to_the_job_is_saved_on_the_next_try()
    {
        var race = new RaceAtSave(() => BumpTheJobsVersionAsync(), times: 1);
        await using var db = database.NewContextWith(race);

        var result = await Submission(db).SubmitAsync(job.WriterUserId, job.JobId, 0, "Saved on the second try.", NoAnswers, CancellationToken.None);

        Assert.Equal(new SubmissionResult(SubmissionOutcome.Submitted, 1), result);
        Assert.Equal(1, race.Fired);
        await using var check = database.NewContext();
        Assert.Equal(1, await check.Drafts.CountAsync(d => d.ProjectId == job.JobId));
        Assert.Equal(1, await check.Notifications.CountAsync(n => n.UserId == job.OwnerId));
    }

    [Fact]
    public async Task A_submit_that_loses_every_race_saves_nothing_and_says_so()
    {
        await SaveWorkingCopyAsync("Kept while the job keeps changing.");
        var race = new RaceAtSave(() => BumpTheJobsVersionAsync(), times: int.MaxValue);
        await using var db = database.NewContextWith(race);

        var result = await Submission(db).SubmitAsync(job.WriterUserId, job.JobId, 0, "Never saved.", NoAnswers, CancellationToken.None);

        Assert.Equal(SubmissionResult.LostRace, result);
        Assert.Equal(Concurrency.NumberedWorkAttempts, race.Fired);
        await AssertNothingSubmittedAsync(ProjectStatus.InProgress);
        await using var check = database.NewContext();
        Assert.True(await check.WorkingCopies.AnyAsync(w => w.ProjectId == job.JobId));
    }

    private DraftSubmission Submission(OutsourceHubDbContext db) =>
        new(db, database.Clock, new Notifier(db, database.Clock), new FakeNoticeLinks(), Renderer, new VoiceChecks(db, new InstallBackground(database.Clock)), NullLogger<DraftSubmission>.Instance);

    private async Task<SubmissionResult?> SubmitAsync(string body, int draftsWhenOpened = 0, IReadOnlyDictionary<int, PointAnswer>? answers = null)
    {
        await using var db = database.NewContext();
        return await Submission(db).SubmitAsync(job.WriterUserId, job.JobId, draftsWhenOpened, body, answers ?? NoAnswers, CancellationToken.None);
    }

    private async Task SaveWorkingCopyAsync(string body)
    {
        await using var db = database.NewContext();
        await new WorkingCopies(db, database.Clock).SaveAsync(job.JobId, job.WriterId, body, CancellationToken.None);
    }

    private async Task GiveTheSampleTextAsync(string text)
    {
        await using var db = database.NewContext();
        var sampleId = await db.ProjectSamples.Where(s => s.ProjectId == job.JobId).Select(s => s.ReferencePieceId).SingleAsync();
        var sample = await db.ReferencePieces.SingleAsync(r => r.Id == sampleId);
        sample.SetText(Renderer.Render(text));
        await db.SaveChangesAsync();
    }

    private async Task ReissueBriefAsync()
    {
        await using var db = database.NewContext();
        var project = await db.Projects.Include(p => p.Samples).SingleAsync(p => p.Id == job.JobId);
        project.IssueBrief(Renderer.Render("# Kickoff brief, version 2"), job.OwnerId, database.Clock.GetUtcNow().UtcDateTime);
        await db.SaveChangesAsync();
    }

    /// <summary>The owner asks for a revision of draft 1 with one point; returns the point's id.</summary>
    private async Task<int> RequestRevisionAsync(string point)
    {
        await using var db = database.NewContext();
        var project = await db.Projects.Include(p => p.Drafts).ThenInclude(d => d.Feedback).SingleAsync(p => p.Id == job.JobId);
        var feedback = project.GiveFeedback(
            project.Drafts[^1], FeedbackDecision.RequestRevision, Renderer.Render("Closer to my voice."),
            [new RevisionPoint(point, RevisionCategory.Structure, BriefSection.Expectations)], job.OwnerId, database.Clock.GetUtcNow().UtcDateTime);
        await db.SaveChangesAsync();
        return feedback.Points.Single().Id;
    }

    /// <summary>Another change to the job, as an owner's edit would make, saved on its own connection's unit of work.</summary>
    private async Task BumpTheJobsVersionAsync()
    {
        await using var other = database.NewContext();
        await other.Projects.Where(p => p.Id == job.JobId).ExecuteUpdateAsync(set => set.SetProperty(p => p.Version, p => p.Version + 1));
    }

    private async Task AssertNothingSubmittedAsync(ProjectStatus status)
    {
        await using var db = database.NewContext();
        Assert.False(await db.Drafts.AnyAsync(d => d.ProjectId == job.JobId));
        Assert.False(await db.Notifications.AnyAsync(n => n.UserId == job.OwnerId));
        Assert.Equal(status, await db.Projects.Where(p => p.Id == job.JobId).Select(p => p.Status).SingleAsync());
    }

    /// <summary>Runs a competing change just before each of the first <c>times</c> saves that add a draft.</summary>
    private sealed class RaceAtSave(Func<Task> competingChange, int times) : SaveChangesInterceptor
    {
        public int Fired { get; private set; }

        public override async ValueTask<InterceptionResult<int>> SavingChangesAsync(
            DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
        {
            if (Fired < times && eventData.Context!.ChangeTracker.Entries<Draft>().Any(e => e.State == EntityState.Added))
            {
                Fired++;
                await competingChange();
            }

            return await base.SavingChangesAsync(eventData, result, cancellationToken);
        }
    }
}
