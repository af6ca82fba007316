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
/// A real SQLite database in memory, migrated as the app migrates it, for the use cases Core runs against the
/// DbContext. The connection stays open for the test's life: closing it drops the database.
/// </summary>
public sealed class SqliteTestDatabase : IAsyncDisposable
{
    public static readonly DateTime Start = new(2026, 11, 25, 15, 31, 0, DateTimeKind.Utc);

    private readonly SqliteConnection connection = new("Data Source=:memory:");

    private SqliteTestDatabase()
    {
    }

    public TestClock Clock { get; } = new(Start);

    public static async Task<SqliteTestDatabase> CreateAsync()
    {
        var database = new SqliteTestDatabase();
        await database.connection.OpenAsync();
        await using var db = database.NewContext();
        await db.Database.MigrateAsync();
        return database;
    }

    /// <summary>A fresh unit of work, as each request of the app has.</summary>
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

    public async ValueTask DisposeAsync() => await connection.DisposeAsync();
}

public sealed record JobInProgress(int JobId, int WriterId, string WriterUserId, string OwnerId);

/// <summary>A clock the test moves by hand.</summary>
public sealed class TestClock(DateTime start) : TimeProvider
{
    private DateTimeOffset now = new(start, TimeSpan.Zero);

    public override DateTimeOffset GetUtcNow() => now;

    public void Advance(TimeSpan by) => now += by;
}
