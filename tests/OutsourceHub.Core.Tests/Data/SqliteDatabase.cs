using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using OutsourceHub.Core.Data;
using OutsourceHub.Migrations.Sqlite;

namespace OutsourceHub.Core.Tests.Data;

/// <summary>
/// A real SQLite database in memory, migrated as the app migrates its own, for the use cases that load, apply a
/// rule and save. The connection stays open for the test's life, so every context sees the same database.
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

    /// <summary>A fresh unit of work, as each request gets.</summary>
    public OutsourceHubDbContext NewContext() =>
        new(new DbContextOptionsBuilder<OutsourceHubDbContext>()
            .UseSqlite(connection, sqlite => sqlite.MigrationsAssembly(SqliteMigrations.AssemblyName))
            .Options);

    public async Task<T> WithDbAsync<T>(Func<OutsourceHubDbContext, Task<T>> work)
    {
        await using var db = NewContext();
        return await work(db);
    }

    public void Dispose() => connection.Dispose();
}

/// <summary>A clock that says what the test wants.</summary>
public sealed class FixedClock(DateTime utcNow) : TimeProvider
{
    public override DateTimeOffset GetUtcNow() => new(DateTime.SpecifyKind(utcNow, DateTimeKind.Utc));
}
