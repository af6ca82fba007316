using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using OutsourceHub.Core.Accounts;
using OutsourceHub.Core.Clients;
using OutsourceHub.Core.Data;
using OutsourceHub.Core.Writers;
using OutsourceHub.Migrations.Sqlite;

namespace OutsourceHub.Core.Tests.Data;

/// <summary>
/// A real SQLite database in memory, migrated as the app migrates its own, for the use cases that load, apply a
/// rule and save. The connection stays open for the test's life, so every context sees the same database; each
/// <see cref="NewContext"/> is a fresh unit of work on it, as each request is in the app.
/// </summary>
public sealed class SqliteDatabase : IDisposable
{
    private readonly SqliteConnection connection = new("Data Source=:memory:");

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

    public void Dispose() => connection.Dispose();
}

/// <summary>A clock that says what the test wants.</summary>
public sealed class FixedClock(DateTime utcNow) : TimeProvider
{
    public override DateTimeOffset GetUtcNow() => new(DateTime.SpecifyKind(utcNow, DateTimeKind.Utc));
}
