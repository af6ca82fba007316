using Microsoft.EntityFrameworkCore;
using OutsourceHub.Core.Data;
using OutsourceHub.Core.Drafts;
using OutsourceHub.Core.Markdown;
using OutsourceHub.Core.Projects;
using OutsourceHub.Core.Reviews;
using OutsourceHub.Core.Tests.Data;
using OutsourceHub.Core.Voice;

namespace OutsourceHub.Core.Tests.Drafts;

/// <summary>What the writer's editor shows around the text: whether a draft is taken, the brief to read first, the checklist.</summary>
public sealed class DraftEditorTests : IAsyncLifetime
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
    public async Task The_writer_of_a_job_in_progress_opens_an_editor_that_takes_the_first_draft()
    {
        var editor = await OpenAsync(job.WriterUserId);

        Assert.NotNull(editor);
        Assert.True(editor.CanSubmit);
        Assert.Null(editor.Refusal);
        Assert.Null(editor.BriefChanged);
        Assert.Equal(0, editor.DraftsSubmitted);
        Assert.Empty(editor.OpenPoints);
        Assert.Equal("Water", editor.Job.Title);
    }

    [Fact]
    public async Task The_owner_and_anyone_else_find_no_editor()
    {
        Assert.Null(await OpenAsync(job.OwnerId));
        Assert.Null(await OpenAsync("someone-else"));
    }

    [Fact]
    public async Task A_brief_reissued_since_the_acknowledgement_is_named_before_the_writer_submits()
    {
        await WithJobAsync(async (db, project) =>
        {
            await db.Entry(project).Collection(p => p.Samples).LoadAsync();
            project.IssueBrief(Renderer.Render("# Kickoff brief, version 2"), job.OwnerId, SqliteDatabase.Start);
        });

        var editor = await OpenAsync(job.WriterUserId);

        Assert.Equal(new BriefNotice(Project.BriefToAcknowledge(1, 2), 2), editor!.BriefChanged);
    }

    [Fact]
    public async Task The_open_points_of_the_latest_draft_are_the_checklist_and_a_job_awaiting_review_takes_no_draft()
    {
        await WithJobAsync((db, project) =>
        {
            project.SubmitDraft(job.WriterId, Renderer.Render("Draft one."), 2, job.WriterUserId, SqliteDatabase.Start);
            return Task.CompletedTask;
        }, includeBriefs: true);
        var waiting = await OpenAsync(job.WriterUserId);
        await WithJobAsync(async (db, project) =>
        {
            await db.Entry(project).Collection(p => p.Drafts).Query().Include(d => d.Feedback).LoadAsync();
            project.GiveFeedback(
                project.Drafts[^1], FeedbackDecision.RequestRevision, Renderer.Render("Closer."),
                [new RevisionPoint("Open with a story", RevisionCategory.Structure, BriefSection.Expectations)], job.OwnerId, SqliteDatabase.Start);
        });

        var revising = await OpenAsync(job.WriterUserId);

        Assert.False(waiting!.CanSubmit);
        Assert.Equal("You can't submit a draft: this job is waiting for the owner's review of a draft.", waiting.Refusal);
        Assert.True(revising!.CanSubmit);
        Assert.Equal(1, revising.DraftsSubmitted);
        var point = Assert.Single(revising.OpenPoints);
        Assert.Equal("Open with a story", point.Text);
        Assert.Equal(BriefSection.Expectations, point.Section);
    }

    private async Task<EditorView?> OpenAsync(string userId)
    {
        await using var db = database.NewContext();
        return await new DraftEditor(db, new VoiceChecks(db, new InstallBackground(database.Clock))).OpenAsync(job.JobId, userId, CancellationToken.None);
    }

    private async Task WithJobAsync(Func<OutsourceHubDbContext, Project, Task> change, bool includeBriefs = false)
    {
        await using var db = database.NewContext();
        IQueryable<Project> query = includeBriefs ? db.Projects.Include(p => p.Briefs).ThenInclude(b => b.Acknowledgements) : db.Projects;
        var project = await query.SingleAsync(p => p.Id == job.JobId);
        await change(db, project);
        await db.SaveChangesAsync();
    }
}
