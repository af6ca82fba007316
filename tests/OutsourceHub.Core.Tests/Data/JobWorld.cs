using Microsoft.EntityFrameworkCore;
using OutsourceHub.Core.Accounts;
using OutsourceHub.Core.Clients;
using OutsourceHub.Core.Markdown;
using OutsourceHub.Core.Notifications;
using OutsourceHub.Core.Projects;
using OutsourceHub.Core.Reviews;
using OutsourceHub.Core.Samples;
using OutsourceHub.Core.Writers;

namespace OutsourceHub.Core.Tests.Data;

/// <summary>
/// An owner with a client, a reference piece, a writer on the roster and one job driven to a status through the
/// job's own methods, saved in <see cref="SqliteDatabase"/>; plus the use cases built as the app builds them.
/// </summary>
public sealed class JobWorld : IDisposable
{
    public static readonly DateTime Now = new(2026, 11, 25, 12, 0, 0, DateTimeKind.Utc);

    private static readonly MarkdownRenderer Renderer = new();

    private JobWorld(SqliteDatabase database) => Database = database;

    public SqliteDatabase Database { get; }

    public TimeProvider Clock { get; } = new TestClock(Now);

    public AppUser Owner { get; private set; } = null!;

    public AppUser WriterUser { get; private set; } = null!;

    public int WriterId { get; private set; }

    public int ClientId { get; private set; }

    public int SampleId { get; private set; }

    public int JobId { get; private set; }

    public static async Task<JobWorld> CreateAsync(ProjectStatus status = ProjectStatus.InProgress)
    {
        var world = new JobWorld(new SqliteDatabase());
        await world.SeedAsync(status);
        return world;
    }

    /// <summary>Another owner with a job of their own: their id must find nothing of this world's.</summary>
    public Task<AppUser> AnotherOwnerAsync() => AddUserAsync("Other Owner");

    public Jobs Jobs(OutsourceHub.Core.Data.OutsourceHubDbContext db) => new(db, Clock, new Notifier(db, Clock), new FakeNoticeLinks());

    public NoticeReading Reading(OutsourceHub.Core.Data.OutsourceHubDbContext db) => new(db, Clock);

    public Task<Project> JobAsync() =>
        Database.WithDbAsync(db => db.Projects.AsNoTracking().Include(p => p.Events).SingleAsync(p => p.Id == JobId));

    public Task<List<Notification>> NotificationsOfAsync(string userId) =>
        Database.WithDbAsync(db => db.Notifications.AsNoTracking().Where(n => n.UserId == userId).OrderBy(n => n.Id).ToListAsync());

    public Task<List<OutboxEmail>> EmailsToAsync(string email) =>
        Database.WithDbAsync(db => db.OutboxEmails.AsNoTracking().Where(e => e.To == email).OrderBy(e => e.Id).ToListAsync());

    /// <summary>The job's details as the edit form would send them unchanged, for a test to change one.</summary>
    public async Task<JobDetails> DetailsAsync() => (await JobAsync()).GetDetails();

    public async Task<int> VersionAsync() => (await JobAsync()).Version;

    public async Task<T> WithJobAsync<T>(Func<Project, T> change)
    {
        return await Database.WithDbAsync(async db =>
        {
            var job = await db.Projects.Include(p => p.Samples).Include(p => p.Drafts).ThenInclude(d => d.Feedback).SingleAsync(p => p.Id == JobId);
            var result = change(job);
            await db.SaveChangesAsync();
            return result;
        });
    }

    public void Dispose() => Database.Dispose();

    private async Task SeedAsync(ProjectStatus status)
    {
        Owner = await AddUserAsync("Maya Owner");
        WriterUser = await AddUserAsync("Sam Writer");
        await Database.WithDbAsync(async db =>
        {
            var client = new Client(Owner.Id, ClientDetails.Named("Juniper & Oak") with { Audience = "Home brewers" }, Now);
            db.Clients.Add(client);
            var writer = new Writer(WriterUser.Id, Now);
            db.Writers.Add(writer);
            await db.SaveChangesAsync();
            ClientId = client.Id;
            WriterId = writer.Id;
            db.Roster.Add(new RosterEntry(client.Id, writer.Id, Now));
            var sample = new ReferencePiece(client.Id, "Why I stopped weighing my beans", ContentKind.BlogPost, "The opening story.", Now);
            sample.SetText(Renderer.Render("For two years I eyeballed my coffee."));
            db.ReferencePieces.Add(sample);
            await db.SaveChangesAsync();
            SampleId = sample.Id;

            var job = new Project(client.Id, "Cold brew without the fuss", ContentKind.BlogPost, new DateOnly(2026, 12, 10), Owner.Id, Now);
            job.SetDetails(job.GetDetails() with
            {
                TargetLength = 1000,
                Audience = "Home brewers",
                Goal = "One better cup this week.",
            });
            db.Projects.Add(job);
            job.ChooseSamples([sample.Id]);
            job.AssignWriter(writer.Id, Owner.Id, Now);
            await db.SaveChangesAsync();
            JobId = job.Id;
            return 0;
        });

        if (status != ProjectStatus.Setup)
        {
            await WithJobAsync(job => DriveTo(job, status));
        }
    }

    private int DriveTo(Project job, ProjectStatus status)
    {
        if (status == ProjectStatus.Cancelled)
        {
            job.Cancel(Owner.Id, Now);
            return 0;
        }

        var brief = job.IssueBrief(Renderer.Render("# Kickoff brief"), Owner.Id, Now);
        if (status == ProjectStatus.Briefed)
        {
            return 0;
        }

        job.AcknowledgeBrief(brief, WriterId, WriterUser.Id, Now);
        if (status == ProjectStatus.InProgress)
        {
            return 0;
        }

        var draft = job.SubmitDraft(WriterId, Renderer.Render("A draft."), 2, WriterUser.Id, Now);
        if (status == ProjectStatus.RevisionRequested)
        {
            job.GiveFeedback(draft, FeedbackDecision.RequestRevision, Renderer.Render("Closer to my voice, please."), [], Owner.Id, Now);
        }
        else if (status == ProjectStatus.Approved)
        {
            job.GiveFeedback(draft, FeedbackDecision.Approve, RichText.Empty, [], Owner.Id, Now);
        }

        return 0;
    }

    private Task<AppUser> AddUserAsync(string name) =>
        Database.WithDbAsync(async db =>
        {
            var email = $"{Guid.NewGuid():N}@example.com";
            var user = new AppUser { UserName = email, Email = email, NormalizedEmail = email.ToUpperInvariant(), NormalizedUserName = email.ToUpperInvariant(), DisplayName = name, CreatedAt = Now };
            db.Users.Add(user);
            await db.SaveChangesAsync();
            return user;
        });
}

/// <summary>Links as plain text naming the place, so a test can say where a notice points.</summary>
public sealed class FakeNoticeLinks : INoticeLinks
{
    public NoticeLink To(NoticePlace place, int? projectId = null, int? number = null)
    {
        var url = $"/{place}/{projectId}/{number}".TrimEnd('/');
        return new NoticeLink(url, "https://hub.example.com" + url);
    }
}
