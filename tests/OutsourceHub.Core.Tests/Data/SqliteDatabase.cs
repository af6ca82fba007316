using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using OutsourceHub.Core.Accounts;
using OutsourceHub.Core.Clients;
using OutsourceHub.Core.Data;
using OutsourceHub.Core.Markdown;
using OutsourceHub.Core.Projects;
using OutsourceHub.Core.Samples;
using OutsourceHub.Core.Writers;
using OutsourceHub.Migrations.Sqlite;

namespace OutsourceHub.Core.Tests.Data;

/// <summary>
/// A real SQLite database in memory, migrated as the app migrates its own, for the use cases that load, apply a
/// rule and save. The connection stays open for the test's life, so every context sees the same database; each
/// <see cref="NewContext"/> is a fresh unit of work on it, as each request is in the app. The one database helper of
/// Core's tests: <see cref="JobWorld"/> builds its worlds on it.
/// </summary>
public sealed class SqliteDatabase : IDisposable, IAsyncDisposable
{
    public static readonly DateTime Start = new(2026, 11, 25, 15, 31, 0, DateTimeKind.Utc);

    private readonly SqliteConnection connection = new("Data Source=:memory:");

    /// <summary>A clock starting at <see cref="Start"/>, moved by hand.</summary>
    public TestClock Clock { get; } = new(Start);

    public SqliteDatabase()
    {
        connection.Open();
        using var db = NewContext();
        db.Database.Migrate();
    }

    public OutsourceHubDbContext NewContext() =>
        new(new DbContextOptionsBuilder<OutsourceHubDbContext>()
            .UseSqlite(connection, sqlite => sqlite.MigrationsAssembly(SqliteMigrations.AssemblyName))
            .Options);

    /// <summary>A fresh unit of work whose commands pass through <paramref name="interceptor"/>: to make a race happen on cue.</summary>
    public OutsourceHubDbContext NewContextWith(IInterceptor interceptor) =>
        new(new DbContextOptionsBuilder<OutsourceHubDbContext>()
            .UseSqlite(connection, sqlite => sqlite.MigrationsAssembly(SqliteMigrations.AssemblyName))
            .AddInterceptors(interceptor)
            .Options);

    public async Task<T> WithDbAsync<T>(Func<OutsourceHubDbContext, Task<T>> work)
    {
        await using var db = NewContext();
        return await work(db);
    }

    public Task<AppUser> AddUserAsync(string name) => WithDbAsync(async db =>
    {
        var user = new AppUser { UserName = $"{Guid.NewGuid():N}@example.com", Email = $"{name.Replace(' ', '.')}@example.com", DisplayName = name };
        db.Users.Add(user);
        await db.SaveChangesAsync();
        return user;
    });

    public Task<Client> AddClientAsync(string ownerId, string name = "Juniper & Oak") => WithDbAsync(async db =>
    {
        var client = new Client(ownerId, ClientDetails.Named(name) with { Audience = "Home brewers" }, DateTime.UtcNow);
        db.Clients.Add(client);
        await db.SaveChangesAsync();
        return client;
    });

    /// <summary>A writer account with its profile, on the given client's roster.</summary>
    public async Task<(AppUser User, Writer Writer)> AddWriterAsync(int clientId, string name = "Sam Writer")
    {
        var user = await AddUserAsync(name);
        var writer = await WithDbAsync(async db =>
        {
            var writer = new Writer(user.Id, DateTime.UtcNow);
            db.Writers.Add(writer);
            await db.SaveChangesAsync();
            db.Roster.Add(new RosterEntry(clientId, writer.Id, DateTime.UtcNow));
            await db.SaveChangesAsync();
            return writer;
        });
        return (user, writer);
    }

    /// <summary>An owner's client, a writer and a job assigned to them with its brief issued and acknowledged: in progress.</summary>
    public async Task<JobInProgress> JobInProgressAsync()
    {
        await using var db = NewContext();
        var suffix = Guid.NewGuid().ToString("N");
        var owner = new AppUser { UserName = $"owner-{suffix}@example.com", Email = $"owner-{suffix}@example.com", DisplayName = "Maya Owner", CreatedAt = Start };
        var writerUser = new AppUser { UserName = $"writer-{suffix}@example.com", Email = $"writer-{suffix}@example.com", DisplayName = "Sam Writer", CreatedAt = Start };
        db.Users.AddRange(owner, writerUser);
        var client = new Client(owner.Id, "Juniper & Oak Coffee", Start);
        db.Clients.Add(client);
        var writer = new Writer(writerUser.Id, Start);
        db.Writers.Add(writer);
        await db.SaveChangesAsync();
        var sample = new ReferencePiece(client.Id, "Why I stopped weighing my beans", ContentKind.BlogPost, "Notice the story.", Start);
        db.ReferencePieces.Add(sample);
        await db.SaveChangesAsync();
        var job = new Project(client.Id, "Water", ContentKind.Article, new DateOnly(2026, 12, 9), owner.Id, Start);
        db.Projects.Add(job);
        job.ChooseSamples([sample.Id]);
        job.AssignWriter(writer.Id, owner.Id, Start);
        var brief = job.IssueBrief(new MarkdownRenderer().Render("# Kickoff brief"), owner.Id, Start);
        job.AcknowledgeBrief(brief, writer.Id, writerUser.Id, Start);
        await db.SaveChangesAsync();
        return new JobInProgress(job.Id, writer.Id, writerUser.Id, owner.Id);
    }

    public void Dispose() => connection.Dispose();

    public ValueTask DisposeAsync() => connection.DisposeAsync();
}

public sealed record JobInProgress(int JobId, int WriterId, string WriterUserId, string OwnerId);

/// <summary>A clock the test moves by hand.</summary>
public sealed class TestClock(DateTime start) : TimeProvider
{
    private DateTimeOffset now = new(start, TimeSpan.Zero);

    public override DateTimeOffset GetUtcNow() => now;

    public void Advance(TimeSpan by) => now += by;
}
