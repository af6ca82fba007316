using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.Logging.Abstractions;
using OutsourceHub.Core.Accounts;
using OutsourceHub.Core.Data;
using OutsourceHub.Core.Markdown;
using OutsourceHub.Core.Notifications;
using OutsourceHub.Core.Projects;
using OutsourceHub.Core.Reviews;
using OutsourceHub.Core.Samples;
using OutsourceHub.Core.Tests.Data;
using OutsourceHub.Core.Voice;

namespace OutsourceHub.Core.Tests.Reviews;

/// <summary>The owner's review of the latest draft, on real SQLite: what the writer is told, the rounds, the scope guard.</summary>
public sealed class ReviewingTests : IAsyncLifetime
{
    private static readonly MarkdownRenderer Renderer = new();
    private SqliteDatabase database = null!;
    private JobInProgress job = null!;
    private int sampleId;

    public async Task InitializeAsync()
    {
        database = new SqliteDatabase();
        job = await database.JobInProgressAsync();
        await using var db = database.NewContext();
        sampleId = await db.ProjectSamples.Where(s => s.ProjectId == job.JobId).Select(s => s.ReferencePieceId).SingleAsync();
        var project = await db.Projects.Include(p => p.Briefs).ThenInclude(b => b.Acknowledgements).SingleAsync(p => p.Id == job.JobId);
        project.SubmitDraft(job.WriterId, Renderer.Render("Draft one."), 2, job.WriterUserId, SqliteDatabase.Start);
        await db.SaveChangesAsync();
    }

    public async Task DisposeAsync() => await database.DisposeAsync();

    [Fact]
    public async Task Approving_ends_the_job_and_tells_the_writer_in_the_app_and_by_email()
    {
        var outcome = await GiveAsync(new FeedbackRequest(FeedbackDecision.Approve, "Sounds like me.", []));

        Assert.Equal(ReviewOutcome.Approved, outcome);
        Assert.Equal(ProjectStatus.Approved, (await JobAsync()).Status);
        var notice = Assert.Single(await NoticesAsync());
        Assert.Equal(NotificationKind.Approved, notice.Kind);
        Assert.Equal("Draft 1 of \"Water\" is approved", notice.Text);
        Assert.Equal($"/Draft/{job.JobId}/1", notice.Url);
        await using var db = database.NewContext();
        var email = await db.OutboxEmails.AsNoTracking().SingleAsync();
        Assert.Contains($"https://hub.example.com/Draft/{job.JobId}/1", email.Body, StringComparison.Ordinal);
        Assert.Equal("Sounds like me.", (await FeedbackAsync()).Comment.Markdown);
    }

    [Fact]
    public async Task A_revision_request_keeps_each_point_with_the_part_of_the_brief_it_holds_the_draft_to()
    {
        var outcome = await GiveAsync(Revision(
            new PointRequest("  Open with the story, as in the piece.  ", RevisionCategory.Voice, BriefSection.ReferencePiece, sampleId),
            new PointRequest("Add a pricing table", RevisionCategory.Structure, BriefSection.NewRequest)));

        Assert.Equal(ReviewOutcome.RevisionRequested, outcome);
        var project = await JobAsync();
        Assert.Equal(ProjectStatus.RevisionRequested, project.Status);
        Assert.Equal(1, project.RevisionRoundsUsed);
        var points = (await FeedbackAsync()).Points.OrderBy(p => p.Id).ToList();
        Assert.Equal(["Open with the story, as in the piece.", "Add a pricing table"], points.Select(p => p.Text));
        Assert.Equal([BriefSection.ReferencePiece, BriefSection.NewRequest], points.Select(p => p.Section));
        Assert.Equal(sampleId, points[0].ReferencePieceId);
        var notice = Assert.Single(await NoticesAsync());
        Assert.Equal(NotificationKind.RevisionRequested, notice.Kind);
        Assert.Equal("Revision requested on draft 1 of \"Water\": 2 points", notice.Text);
    }

    [Fact]
    public async Task A_round_past_the_included_ones_is_refused_without_the_owners_confirmation()
    {
        await IncludeRoundsAsync(0);

        var refused = await Assert.ThrowsAsync<DomainException>(() => GiveAsync(Revision(new PointRequest("Tighter intro", RevisionCategory.Voice, BriefSection.Voice))));

        Assert.Equal("This is revision round 1 of 0 included. Tick the box to request it anyway.", refused.Message);
        Assert.Equal(Project.ExtraRoundUnconfirmed(1, 0), refused.Message);
        Assert.Equal(ProjectStatus.Submitted, (await JobAsync()).Status);
        Assert.Empty(await NoticesAsync());
    }

    [Fact]
    public async Task A_round_past_the_included_ones_is_requested_once_the_owner_confirms_it()
    {
        await IncludeRoundsAsync(0);

        var outcome = await GiveAsync(Revision(new PointRequest("Tighter intro", RevisionCategory.Voice, BriefSection.Voice)) with { ExtraRoundConfirmed = true });

        Assert.Equal(ReviewOutcome.RevisionRequested, outcome);
        var project = await JobAsync();
        Assert.Equal(1, project.RevisionRoundsUsed);
        Assert.Equal("Draft 1, round 1 of 0 included", project.Events.OrderBy(e => e.Id).Last().Detail);
    }

    [Fact]
    public async Task An_approval_needs_no_confirmation_past_the_included_rounds()
    {
        await IncludeRoundsAsync(0);

        Assert.Equal(ReviewOutcome.Approved, await GiveAsync(new FeedbackRequest(FeedbackDecision.Approve, "", [])));
    }

    [Fact]
    public async Task A_draft_answered_already_is_left_as_it_was_answered()
    {
        await GiveAsync(new FeedbackRequest(FeedbackDecision.Approve, "", []));

        var second = await GiveAsync(Revision(new PointRequest("One more thing", RevisionCategory.Other, BriefSection.TheJob)));

        Assert.Equal(ReviewOutcome.AnsweredElsewhere, second);
        Assert.Equal(FeedbackDecision.Approve, (await FeedbackAsync()).Decision);
        Assert.Single(await NoticesAsync());
    }

    [Fact]
    public async Task A_review_that_loses_the_race_to_another_window_finds_the_draft_answered()
    {
        // Just before this save, the same owner approves the draft from another window.
        var otherWindow = new BeforeSave(async () =>
        {
            await using var other = database.NewContext();
            await Reviewing(other).GiveAsync(job.OwnerId, job.JobId, 1, new FeedbackRequest(FeedbackDecision.Approve, "", []), default);
        });
        await using var db = database.NewContextWith(otherWindow);

        var outcome = await Reviewing(db).GiveAsync(job.OwnerId, job.JobId, 1, Revision(new PointRequest("Shorter", RevisionCategory.Length, BriefSection.TheJob)), default);

        Assert.Equal(ReviewOutcome.AnsweredElsewhere, outcome);
        Assert.Equal(FeedbackDecision.Approve, (await FeedbackAsync()).Decision);
        Assert.Single(await NoticesAsync());
    }

    [Fact]
    public async Task A_review_whose_every_attempt_loses_a_race_is_not_kept()
    {
        // Every save finds the job changed since it was read.
        var busyJob = new BeforeSave(async () =>
        {
            await using var other = database.NewContext();
            await other.Projects.Where(p => p.Id == job.JobId).ExecuteUpdateAsync(s => s.SetProperty(p => p.Version, p => p.Version + 1));
        }, times: Concurrency.NumberedWorkAttempts);
        await using var db = database.NewContextWith(busyJob);

        var outcome = await Reviewing(db).GiveAsync(job.OwnerId, job.JobId, 1, new FeedbackRequest(FeedbackDecision.Approve, "", []), default);

        Assert.Equal(ReviewOutcome.AnsweredElsewhere, outcome);
        Assert.Equal(ProjectStatus.Submitted, (await JobAsync()).Status);
        Assert.Empty(await NoticesAsync());
    }

    [Fact]
    public async Task Another_owner_cannot_review_the_draft_nor_learn_that_it_exists()
    {
        var intruder = await AnotherOwnerAsync();
        await using var db = database.NewContext();

        Assert.Null(await Reviewing(db).OpenAsync(intruder, job.JobId, 1, default));
        Assert.Null(await Reviewing(db).WhyClosedAsync(intruder, job.JobId, 1, default));
        Assert.Null(await GiveAsync(new FeedbackRequest(FeedbackDecision.Approve, "", []), intruder));
        Assert.Equal(ProjectStatus.Submitted, (await JobAsync()).Status);
    }

    [Fact]
    public async Task A_draft_that_does_not_exist_is_not_found()
    {
        Assert.Null(await GiveAsync(new FeedbackRequest(FeedbackDecision.Approve, "", []), number: 2));
    }

    [Fact]
    public async Task A_point_held_to_a_piece_the_brief_did_not_send_is_refused()
    {
        var otherPiece = await AnotherPieceAsync();

        var refused = await Assert.ThrowsAsync<DomainException>(() =>
            GiveAsync(Revision(new PointRequest("Like my other post", RevisionCategory.Voice, BriefSection.ReferencePiece, otherPiece))));

        Assert.Equal(RevisionPoint.ChooseSection, refused.Message);
        Assert.Equal(ProjectStatus.Submitted, (await JobAsync()).Status);
    }

    [Fact]
    public async Task A_point_held_to_a_reference_piece_must_say_which()
    {
        var refused = await Assert.ThrowsAsync<DomainException>(() =>
            GiveAsync(Revision(new PointRequest("Like the piece", RevisionCategory.Voice, BriefSection.ReferencePiece))));

        Assert.Equal("Choose the reference piece this point holds the draft to.", refused.Message);
    }

    [Fact]
    public async Task A_revision_request_that_says_nothing_is_refused()
    {
        var refused = await Assert.ThrowsAsync<DomainException>(() => GiveAsync(Revision()));

        Assert.Equal("Say what to revise: add a comment or at least one revision point.", refused.Message);
        Assert.Empty(await NoticesAsync());
    }

    [Fact]
    public async Task A_cancelled_job_takes_no_feedback_and_its_review_link_says_why()
    {
        await using (var db = database.NewContext())
        {
            await new Jobs(db, database.Clock, new Notifier(db, database.Clock), new FakeNoticeLinks()).CancelAsync(job.OwnerId, job.JobId, null, default);
        }

        var refused = await Assert.ThrowsAsync<DomainException>(() => GiveAsync(new FeedbackRequest(FeedbackDecision.Approve, "", [])));
        await using var read = database.NewContext();

        Assert.Equal("You can't approve: this job is cancelled.", refused.Message);
        Assert.Null(await Reviewing(read).OpenAsync(job.OwnerId, job.JobId, 1, default));
        Assert.Equal("This job was cancelled before you answered this draft.", await Reviewing(read).WhyClosedAsync(job.OwnerId, job.JobId, 1, default));
    }

    [Fact]
    public async Task The_review_opens_with_the_rounds_and_the_pieces_the_brief_sent()
    {
        await using var db = database.NewContext();

        var review = await Reviewing(db).OpenAsync(job.OwnerId, job.JobId, 1, default);

        Assert.NotNull(review);
        Assert.Equal("Water", review.Job.Title);
        Assert.Contains("Draft one.", review.DraftHtml, StringComparison.Ordinal);
        Assert.Equal((0, 2, 1, false), (review.RoundsUsed, review.RoundsIncluded, review.NextRound, review.NextRoundIsExtra));
        Assert.Equal([new BriefPiece(sampleId, "Why I stopped weighing my beans")], review.Pieces);
        Assert.Empty(review.PreviousPoints);
    }

    [Fact]
    public async Task An_answered_draft_no_longer_opens_for_review_and_says_when_it_was_answered()
    {
        await GiveAsync(new FeedbackRequest(FeedbackDecision.Approve, "", []));
        await using var db = database.NewContext();

        Assert.Null(await Reviewing(db).OpenAsync(job.OwnerId, job.JobId, 1, default));
        Assert.Equal("You answered this draft on 25 Nov.", await Reviewing(db).WhyClosedAsync(job.OwnerId, job.JobId, 1, default));
    }

    private static FeedbackRequest Revision(params PointRequest[] points) => new(FeedbackDecision.RequestRevision, "", points);

    private Reviewing Reviewing(OutsourceHubDbContext db) =>
        new(db, database.Clock, new Notifier(db, database.Clock), new FakeNoticeLinks(), Renderer, new VoiceChecks(db, new InstallBackground(database.Clock)), NullLogger<Reviewing>.Instance);

    private async Task<ReviewOutcome?> GiveAsync(FeedbackRequest feedback, string? ownerId = null, int number = 1)
    {
        await using var db = database.NewContext();
        return await Reviewing(db).GiveAsync(ownerId ?? job.OwnerId, job.JobId, number, feedback, default);
    }

    private async Task<Project> JobAsync()
    {
        await using var db = database.NewContext();
        return await db.Projects.AsNoTracking().Include(p => p.Events).SingleAsync(p => p.Id == job.JobId);
    }

    private async Task<Feedback> FeedbackAsync()
    {
        await using var db = database.NewContext();
        return await db.Feedback.AsNoTracking().Include(f => f.Points)
            .SingleAsync(f => db.Drafts.Any(d => d.Id == f.DraftId && d.ProjectId == job.JobId && d.Number == 1));
    }

    private async Task<List<Notification>> NoticesAsync()
    {
        await using var db = database.NewContext();
        return await db.Notifications.AsNoTracking().Where(n => n.UserId == job.WriterUserId).ToListAsync();
    }

    private async Task IncludeRoundsAsync(int rounds)
    {
        await using var db = database.NewContext();
        await db.Projects.Where(p => p.Id == job.JobId).ExecuteUpdateAsync(s => s.SetProperty(p => p.RevisionRoundsIncluded, rounds));
    }

    private async Task<string> AnotherOwnerAsync()
    {
        await using var db = database.NewContext();
        var owner = new AppUser { UserName = "other@example.com", Email = "other@example.com", DisplayName = "Other Owner", CreatedAt = SqliteDatabase.Start };
        db.Users.Add(owner);
        await db.SaveChangesAsync();
        return owner.Id;
    }

    /// <summary>A piece of the same client that this job's brief did not send.</summary>
    private async Task<int> AnotherPieceAsync()
    {
        await using var db = database.NewContext();
        var clientId = await db.Projects.Where(p => p.Id == job.JobId).Select(p => p.ClientId).SingleAsync();
        var piece = new ReferencePiece(clientId, "My launch newsletter", ContentKind.Newsletter, "The sign-off.", SqliteDatabase.Start);
        db.ReferencePieces.Add(piece);
        await db.SaveChangesAsync();
        return piece.Id;
    }

    /// <summary>Runs <paramref name="interfere"/> just before the first <paramref name="times"/> saves of the context it is given to.</summary>
    private sealed class BeforeSave(Func<Task> interfere, int times = 1) : SaveChangesInterceptor
    {
        private int left = times;

        public override async ValueTask<InterceptionResult<int>> SavingChangesAsync(
            DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
        {
            if (left-- > 0)
            {
                await interfere();
            }

            return result;
        }
    }
}
