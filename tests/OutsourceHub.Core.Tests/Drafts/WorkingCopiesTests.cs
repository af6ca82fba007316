using Microsoft.EntityFrameworkCore;
using OutsourceHub.Core.Drafts;
using OutsourceHub.Core.Markdown;
using OutsourceHub.Core.Reviews;
using OutsourceHub.Core.Tests.Data;

namespace OutsourceHub.Core.Tests.Drafts;

public sealed class WorkingCopiesTests : IAsyncLifetime
{
    private static readonly MarkdownRenderer Renderer = new();
    private SqliteDatabase database = null!;
    private JobInProgress job = null!;

    public async Task InitializeAsync()
    {
        database = new SqliteDatabase();
        job = await database.JobInProgressAsync();
    }

    public async Task DisposeAsync() => await database.DisposeAsync();

    [Fact]
    public async Task Saving_keeps_the_text_and_says_when()
    {
        var savedAt = await SaveAsync("Half a draft, not lost.");

        Assert.Equal(SqliteDatabase.Start, savedAt);
        var opened = await OpenAsync();
        Assert.Equal("Half a draft, not lost.", opened.Body);
        Assert.Equal(SqliteDatabase.Start, opened.SavedAt);
    }

    [Fact]
    public async Task Saving_again_keeps_only_the_latest_text()
    {
        await SaveAsync("First words.");
        database.Clock.Advance(TimeSpan.FromMinutes(3));

        await SaveAsync("First words, and more.");

        await using var db = database.NewContext();
        var copy = await db.WorkingCopies.AsNoTracking().SingleAsync(w => w.ProjectId == job.JobId);
        Assert.Equal("First words, and more.", copy.Body);
        Assert.Equal(SqliteDatabase.Start.AddMinutes(3), copy.SavedAt);
    }

    [Fact]
    public async Task Text_longer_than_a_draft_can_be_is_refused_and_the_earlier_copy_stays()
    {
        await SaveAsync("What was saved before.");

        var error = await Assert.ThrowsAsync<DomainException>(() => SaveAsync(new string('a', FieldLengths.Document + 1)));

        Assert.Equal(WorkingCopies.TooLong(FieldLengths.Document + 1), error.Message);
        Assert.Equal("What was saved before.", (await OpenAsync()).Body);
    }

    [Fact]
    public async Task Only_the_writer_assigned_to_the_job_keeps_a_working_copy_of_it()
    {
        await using var db = database.NewContext();

        await Assert.ThrowsAsync<DomainException>(() =>
            new WorkingCopies(db, database.Clock).SaveAsync(job.JobId, job.WriterId + 1, "Not my job.", CancellationToken.None));

        Assert.False(await db.WorkingCopies.AnyAsync());
    }

    [Fact]
    public async Task A_job_waiting_for_the_owners_review_keeps_no_working_copy()
    {
        await SubmitDraftAsync("Draft one.");

        var error = await Assert.ThrowsAsync<DomainException>(() => SaveAsync("A late autosave."));

        Assert.Contains("waiting for the owner's review", error.Message, StringComparison.Ordinal);
        await using var db = database.NewContext();
        Assert.False(await db.WorkingCopies.AnyAsync());
    }

    [Fact]
    public async Task The_first_draft_starts_from_an_empty_editor()
    {
        var opened = await OpenAsync();

        Assert.Equal(string.Empty, opened.Body);
        Assert.Null(opened.SavedAt);
        Assert.Null(opened.FromDraft);
    }

    [Fact]
    public async Task The_next_draft_starts_from_the_previous_drafts_text()
    {
        await SubmitDraftAsync("Draft one, to **revise**.");
        await RequestRevisionAsync();

        var opened = await OpenAsync();

        Assert.Equal("Draft one, to **revise**.", opened.Body);
        Assert.Equal(1, opened.FromDraft);
        Assert.Null(opened.SavedAt);
    }

    [Fact]
    public async Task A_working_copy_wins_over_the_previous_draft()
    {
        await SubmitDraftAsync("Draft one.");
        await RequestRevisionAsync();
        database.Clock.Advance(TimeSpan.FromHours(1));
        await SaveAsync("Draft one, half revised.");

        var opened = await OpenAsync();

        Assert.Equal("Draft one, half revised.", opened.Body);
        Assert.Equal(SqliteDatabase.Start.AddHours(1), opened.SavedAt);
        Assert.Null(opened.FromDraft);
    }

    private async Task<DateTime> SaveAsync(string body)
    {
        await using var db = database.NewContext();
        return await new WorkingCopies(db, database.Clock).SaveAsync(job.JobId, job.WriterId, body, CancellationToken.None);
    }

    private async Task<EditorText> OpenAsync()
    {
        await using var db = database.NewContext();
        return await new WorkingCopies(db, database.Clock).OpenAsync(job.JobId, job.WriterId, CancellationToken.None);
    }

    private async Task SubmitDraftAsync(string body)
    {
        await using var db = database.NewContext();
        var project = await db.Projects.Include(p => p.Briefs).ThenInclude(b => b.Acknowledgements).SingleAsync(p => p.Id == job.JobId);
        project.SubmitDraft(job.WriterId, Renderer.Render(body), WordCounter.Count(body), job.WriterUserId, database.Clock.GetUtcNow().UtcDateTime);
        await db.SaveChangesAsync();
    }

    private async Task RequestRevisionAsync()
    {
        await using var db = database.NewContext();
        var project = await db.Projects.Include(p => p.Drafts).ThenInclude(d => d.Feedback).SingleAsync(p => p.Id == job.JobId);
        project.GiveFeedback(
            project.Drafts[^1], FeedbackDecision.RequestRevision, Renderer.Render("Closer to my voice."), [], job.OwnerId, database.Clock.GetUtcNow().UtcDateTime);
        await db.SaveChangesAsync();
    }
}
