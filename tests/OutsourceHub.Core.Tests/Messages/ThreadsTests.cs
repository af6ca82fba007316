using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;
using OutsourceHub.Core.Accounts;
using OutsourceHub.Core.Data;
using OutsourceHub.Core.Markdown;
using OutsourceHub.Core.Messages;
using OutsourceHub.Core.Notifications;
using OutsourceHub.Core.Tests.Data;

namespace OutsourceHub.Core.Tests.Messages;

/// <summary>A job's thread on real SQLite: who may post, who is told, how far each side has read.</summary>
public sealed class ThreadsTests : IAsyncLifetime
{
    private SqliteDatabase database = null!;
    private JobInProgress job = null!;

    public async Task InitializeAsync()
    {
        database = new SqliteDatabase();
        job = await database.JobInProgressAsync();
    }

    public async Task DisposeAsync() => await database.DisposeAsync();

    [Fact]
    public async Task The_writers_question_is_kept_rendered_and_the_owner_is_told()
    {
        var posted = await PostAsync(job.WriterUserId, "Should I mention **burr** grinders by name?");

        Assert.NotNull(posted);
        await using var db = database.NewContext();
        var message = await db.Messages.AsNoTracking().SingleAsync(m => m.Id == posted.Id);
        Assert.Equal(job.JobId, message.ProjectId);
        Assert.Equal(job.WriterUserId, message.AuthorId);
        Assert.Equal("Should I mention **burr** grinders by name?", message.Body.Markdown);
        Assert.Contains("<strong>burr</strong>", message.Body.Html, StringComparison.Ordinal);
        Assert.Equal(SqliteDatabase.Start, message.SentAt);
        var notice = await db.Notifications.AsNoTracking().SingleAsync();
        Assert.Equal(job.OwnerId, notice.UserId);
        Assert.Equal(NotificationKind.NewMessage, notice.Kind);
        Assert.Equal("New message from Sam Writer on \"Water\"", notice.Text);
        Assert.Equal($"/Thread/{job.JobId}", notice.Url);
        var email = await db.OutboxEmails.AsNoTracking().SingleAsync();
        Assert.Contains($"https://hub.example.com/Thread/{job.JobId}", email.Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_owners_answer_tells_the_writer()
    {
        await PostAsync(job.OwnerId, "Yes, in one plain sentence.");

        await using var db = database.NewContext();
        var notice = await db.Notifications.AsNoTracking().SingleAsync();
        Assert.Equal(job.WriterUserId, notice.UserId);
        Assert.Equal("New message from Maya Owner on \"Water\"", notice.Text);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    public async Task An_empty_message_is_refused_beside_the_box(string body)
    {
        var refused = await Assert.ThrowsAsync<DomainException>(() => PostAsync(job.WriterUserId, body));

        Assert.Equal(Threads.NothingWritten, refused.Message);
        Assert.Equal("Body", refused.About);
        await AssertNothingPostedAsync();
    }

    [Fact]
    public async Task A_message_longer_than_a_message_can_be_is_refused()
    {
        var refused = await Assert.ThrowsAsync<DomainException>(() => PostAsync(job.WriterUserId, new string('a', FieldLengths.Markdown + 1)));

        Assert.Equal(FieldLengths.TooLong(FieldLengths.Markdown, FieldLengths.Markdown + 1), refused.Message);
        await AssertNothingPostedAsync();
    }

    [Fact]
    public async Task Someone_who_may_not_see_the_job_finds_no_thread_to_post_in()
    {
        string strangerId;
        await using (var db = database.NewContext())
        {
            var stranger = new AppUser { UserName = "stranger@example.com", Email = "stranger@example.com", DisplayName = "Stranger", CreatedAt = SqliteDatabase.Start };
            db.Users.Add(stranger);
            await db.SaveChangesAsync();
            strangerId = stranger.Id;
        }

        Assert.Null(await PostAsync(strangerId, "Hello?"));
        await AssertNothingPostedAsync();
    }

    [Fact]
    public async Task Reading_marks_the_thread_read_up_to_the_newest_message_shown_and_never_back()
    {
        var first = await PostAsync(job.WriterUserId, "First question.");
        var second = await PostAsync(job.WriterUserId, "Second question.");

        await MarkReadAsync(job.OwnerId, second!.Id);
        await MarkReadAsync(job.OwnerId, first!.Id);

        await using var db = database.NewContext();
        var marker = await db.ThreadReadMarkers.AsNoTracking().SingleAsync(m => m.ProjectId == job.JobId && m.UserId == job.OwnerId);
        Assert.Equal(second.Id, marker.LastReadMessageId);
    }

    private Threads NewThreads(OutsourceHubDbContext db) =>
        new(db, new MarkdownRenderer(), database.Clock, new Notifier(db, database.Clock), new FakeNoticeLinks(), NullLogger<Threads>.Instance);

    private async Task<MessagePosted?> PostAsync(string authorId, string body)
    {
        await using var db = database.NewContext();
        return await NewThreads(db).PostAsync(authorId, job.JobId, body, default);
    }

    private async Task MarkReadAsync(string userId, long messageId)
    {
        await using var db = database.NewContext();
        await NewThreads(db).MarkReadAsync(userId, job.JobId, messageId, default);
    }

    private async Task AssertNothingPostedAsync()
    {
        await using var db = database.NewContext();
        Assert.False(await db.Messages.AnyAsync());
        Assert.False(await db.Notifications.AnyAsync());
    }
}
