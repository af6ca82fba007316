using Microsoft.EntityFrameworkCore;
using OutsourceHub.Core.Notifications;
using OutsourceHub.Core.Projects;
using OutsourceHub.Core.Samples;
using OutsourceHub.Core.Tests.Data;
using OutsourceHub.Core.Writers;

namespace OutsourceHub.Core.Tests.Writers;

/// <summary>Taking a writer off a client's roster: the entry goes, the work stays, the writer is told.</summary>
public sealed class RostersTests : IDisposable
{
    private readonly SqliteDatabase database = new();

    [Fact]
    public async Task Removing_a_writer_keeps_their_open_job_assigned_and_tells_them()
    {
        var owner = await database.AddUserAsync("Maya Owner");
        var client = await database.AddClientAsync(owner.Id);
        var (writerUser, writer) = await database.AddWriterAsync(client.Id);
        var jobId = await database.WithDbAsync(async db =>
        {
            var job = new Project(client.Id, "Cold brew", ContentKind.BlogPost, new DateOnly(2027, 1, 1), owner.Id, DateTime.UtcNow);
            job.AssignWriter(writer.Id, owner.Id, DateTime.UtcNow);
            db.Projects.Add(job);
            await db.SaveChangesAsync();
            return job.Id;
        });

        var removed = await database.WithDbAsync(db => Rosters(db).RemoveAsync(owner.Id, client.Id, writer.Id, CancellationToken.None));

        Assert.NotNull(removed);
        Assert.Equal("Sam Writer is no longer on the roster of Juniper & Oak. Their open job stays assigned to them.", removed.Confirmation);
        Assert.False(await database.WithDbAsync(db => db.Roster.AnyAsync(r => r.ClientId == client.Id && r.WriterId == writer.Id)));
        Assert.Equal(writer.Id, await database.WithDbAsync(db => db.Projects.Where(p => p.Id == jobId).Select(p => p.WriterId).SingleAsync()));
        var notice = await database.WithDbAsync(db => db.Notifications.SingleAsync(n => n.UserId == writerUser.Id));
        Assert.Equal(NotificationKind.RemovedFromRoster, notice.Kind);
        Assert.Equal("Maya Owner took you off the roster of Juniper & Oak. The job already assigned to you stays yours.", notice.Text);
        Assert.Equal("/WriterJobs", notice.Url);
        var email = await database.WithDbAsync(db => db.OutboxEmails.SingleAsync());
        Assert.Equal(writerUser.Email, email.To);
        Assert.Contains("https://hub.example.com/WriterJobs", email.Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_writer_no_longer_on_the_roster_is_refused_with_a_sentence()
    {
        var owner = await database.AddUserAsync("Maya Owner");
        var client = await database.AddClientAsync(owner.Id);
        var (_, writer) = await database.AddWriterAsync(client.Id);
        await database.WithDbAsync(db => Rosters(db).RemoveAsync(owner.Id, client.Id, writer.Id, CancellationToken.None));

        var again = await Assert.ThrowsAsync<DomainException>(
            () => database.WithDbAsync(db => Rosters(db).RemoveAsync(owner.Id, client.Id, writer.Id, CancellationToken.None)));

        Assert.Equal("That writer is not on the roster of Juniper & Oak any more.", again.Message);
        Assert.Equal(1, await database.WithDbAsync(db => db.Notifications.CountAsync()));
    }

    [Fact]
    public async Task Another_owners_client_finds_nothing_and_its_roster_stays()
    {
        var owner = await database.AddUserAsync("Maya Owner");
        var stranger = await database.AddUserAsync("Other Owner");
        var client = await database.AddClientAsync(owner.Id);
        var (_, writer) = await database.AddWriterAsync(client.Id);

        var removed = await database.WithDbAsync(db => Rosters(db).RemoveAsync(stranger.Id, client.Id, writer.Id, CancellationToken.None));

        Assert.Null(removed);
        Assert.True(await database.WithDbAsync(db => db.Roster.AnyAsync(r => r.ClientId == client.Id && r.WriterId == writer.Id)));
        Assert.Equal(0, await database.WithDbAsync(db => db.Notifications.CountAsync()));
    }

    public void Dispose() => database.Dispose();

    private static Rosters Rosters(OutsourceHub.Core.Data.OutsourceHubDbContext db) => new(db, new Notifier(db, TimeProvider.System), new FakeNoticeLinks());
}
