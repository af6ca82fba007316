using Microsoft.AspNetCore.DataProtection;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.EntityFrameworkCore.Storage;
using Npgsql;
using OutsourceHub.Core.Data;
using OutsourceHub.Migrations.Postgres;
using OutsourceHub.Migrations.Sqlite;

namespace OutsourceHub.Web.Hosting;

/// <summary>
/// Registers the DbContext on SQLite or PostgreSQL (<c>Database:Provider</c>), with that provider's migrations
/// assembly, keeps the Data Protection keys in the same database, and brings the schema up to date when the app
/// starts: on PostgreSQL under an advisory lock, so instances starting together migrate one after another.
/// </summary>
public static class DatabaseSetup
{
    public const string ConnectionStringName = "OutsourceHub";
    public const string ProviderKey = "Database:Provider";
    public const string DefaultConnectionString = "Data Source=App_Data/outsourcehub.db";

    /// <summary>Fixed, so every instance (and every version) shares one key ring and reads the others' cookies.</summary>
    public const string DataProtectionApplicationName = "OutsourceHub";

    /// <summary>The pg_advisory_lock key held while one instance migrates: any fixed number no other code uses.</summary>
    private const long MigrationLockKey = 7_406_341_021_588_101_001;

    public static IServiceCollection AddOutsourceHubDatabase(this IServiceCollection services)
    {
        // Provider and connection string are read when a context is built, so a test host's settings take effect.
        services.AddDbContext<OutsourceHubDbContext>((provider, options) =>
        {
            var configuration = provider.GetRequiredService<IConfiguration>();
            var environment = provider.GetRequiredService<IHostEnvironment>();
            switch (ProviderOf(configuration))
            {
                case DatabaseProvider.Postgres:
                    options.UseNpgsql(PostgresConnectionString(configuration), npgsql => npgsql.MigrationsAssembly(PostgresMigrations.AssemblyName));
                    break;
                default:
                    // One writer at a time per SQLite file, waited for asynchronously (PostgreSQL has row locks).
                    options.UseSqlite(SqliteConnectionString(configuration, environment), sqlite => sqlite.MigrationsAssembly(SqliteMigrations.AssemblyName))
                        .AddInterceptors(provider.GetRequiredService<SqliteWriteGate>());
                    break;
            }
        });
        services.AddSingleton<SqliteWriteGate>();

        // Keys in the database: a cookie or form token made by one instance is read by every other, and a restart
        // (or a new container) keeps everyone signed in.
        services.AddDataProtection()
            .SetApplicationName(DataProtectionApplicationName)
            .PersistKeysToDbContext<OutsourceHubDbContext>();
        return services;
    }

    public static DatabaseProvider ProviderOf(IConfiguration configuration)
    {
        var value = configuration[ProviderKey];
        if (string.IsNullOrWhiteSpace(value))
        {
            return DatabaseProvider.Sqlite;
        }

        return Enum.TryParse<DatabaseProvider>(value.Trim(), ignoreCase: true, out var provider) && Enum.IsDefined(provider)
            ? provider
            : throw new InvalidOperationException($"{ProviderKey} is \"{value}\": use {nameof(DatabaseProvider.Sqlite)} (the default) or {nameof(DatabaseProvider.Postgres)}.");
    }

    /// <summary>
    /// The configured connection string with a relative file resolved under the content root, and a busy
    /// timeout: Microsoft.Data.Sqlite retries a locked database for the command timeout before it fails.
    /// </summary>
    public static string SqliteConnectionString(IConfiguration configuration, IHostEnvironment environment)
    {
        var builder = new SqliteConnectionStringBuilder(
            configuration.GetConnectionString(ConnectionStringName) ?? DefaultConnectionString);
        if (builder.Mode != SqliteOpenMode.Memory && !builder.DataSource.StartsWith(':') && !Path.IsPathRooted(builder.DataSource))
        {
            builder.DataSource = Path.Combine(environment.ContentRootPath, builder.DataSource);
        }

        if (builder.DefaultTimeout == new SqliteConnectionStringBuilder().DefaultTimeout)
        {
            builder.DefaultTimeout = 30;
        }

        return builder.ToString();
    }

    /// <summary>
    /// The configured PostgreSQL connection string, refused with a readable message when it is missing or is still
    /// the SQLite default (the one setting people forget when they switch the provider).
    /// </summary>
    public static string PostgresConnectionString(IConfiguration configuration)
    {
        const string Expected = "set ConnectionStrings:OutsourceHub to a PostgreSQL connection string, e.g. \"Host=db.example.com;Database=outsourcehub;Username=outsourcehub;Password=...\"";
        var value = configuration.GetConnectionString(ConnectionStringName);
        NpgsqlConnectionStringBuilder builder;
        try
        {
            builder = new NpgsqlConnectionStringBuilder(value);
        }
        catch (ArgumentException invalid)
        {
            throw new InvalidOperationException($"{ProviderKey} is Postgres but the connection string is not one for PostgreSQL ({invalid.Message}): {Expected}.", invalid);
        }

        if (string.IsNullOrWhiteSpace(builder.Host) || string.IsNullOrWhiteSpace(builder.Database)
            || (value ?? string.Empty).Contains("Data Source", StringComparison.OrdinalIgnoreCase))
        {
            throw new InvalidOperationException($"{ProviderKey} is Postgres but the connection string names no PostgreSQL host and database: {Expected}.");
        }

        return builder.ConnectionString;
    }

    public static async Task MigrateDatabaseAsync(this IServiceProvider services, CancellationToken cancellationToken)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<OutsourceHubDbContext>();
        var logger = scope.ServiceProvider.GetRequiredService<ILogger<OutsourceHubDbContext>>();

        if (db.Database.IsNpgsql())
        {
            await MigratePostgresAsync(db, scope.ServiceProvider, cancellationToken);
            var target = new NpgsqlConnectionStringBuilder(PostgresConnectionString(scope.ServiceProvider.GetRequiredService<IConfiguration>()));
            logger.LogInformation("PostgreSQL database {Database} on {Host} is up to date", target.Database, target.Host);
            return;
        }

        var dataSource = new SqliteConnectionStringBuilder(db.Database.GetConnectionString()).DataSource;
        var folder = Path.GetDirectoryName(dataSource);
        if (!string.IsNullOrEmpty(folder))
        {
            Directory.CreateDirectory(folder);
        }

        // One file, one instance: EF Core's own migration lock (a row in __EFMigrationsLock) is enough here.
        await db.Database.MigrateAsync(cancellationToken);
        // WAL lets readers work while a write is in progress; the mode is stored in the database file.
        await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", cancellationToken);
        EnsureDataProtectionKey(scope.ServiceProvider);
        logger.LogInformation("Database {DataSource} is up to date", dataSource);
    }

    /// <summary>
    /// Creates the database if it is missing, then migrates while holding a session-level advisory lock on a
    /// connection of its own, so a second instance starting at the same moment waits and then finds nothing to do.
    /// EF Core's own lock (LOCK TABLE on the history table) only starts once that table exists; the advisory lock
    /// also covers creating it and the first Data Protection key.
    /// </summary>
    private static async Task MigratePostgresAsync(OutsourceHubDbContext db, IServiceProvider services, CancellationToken cancellationToken)
    {
        var creator = db.GetService<IRelationalDatabaseCreator>();
        if (!await creator.ExistsAsync(cancellationToken))
        {
            try
            {
                await creator.CreateAsync(cancellationToken);
            }
            catch (PostgresException exists) when (exists.SqlState == PostgresErrorCodes.DuplicateDatabase)
            {
                // Another instance created it a moment ago.
            }
        }

        // Not pooled: closing this connection ends the session, which releases the lock even if unlocking failed.
        var configured = PostgresConnectionString(services.GetRequiredService<IConfiguration>());
        var lockConnectionString = new NpgsqlConnectionStringBuilder(configured) { Pooling = false }.ConnectionString;
        await using var lockConnection = new NpgsqlConnection(lockConnectionString);
        await lockConnection.OpenAsync(cancellationToken);
        await using (var take = new NpgsqlCommand("SELECT pg_advisory_lock(@key)", lockConnection))
        {
            take.Parameters.AddWithValue("key", MigrationLockKey);
            await take.ExecuteNonQueryAsync(cancellationToken);
        }

        try
        {
            // Npgsql's migrator reads the history table before creating it and logs the "does not exist" answer as an
            // error (npgsql/efcore.pg#3407); creating it first, under the lock, keeps a first start's log clean.
            await db.Database.ExecuteSqlRawAsync(db.GetService<IHistoryRepository>().GetCreateIfNotExistsScript(), cancellationToken);
            await db.Database.MigrateAsync(cancellationToken);
            EnsureDataProtectionKey(services);
        }
        finally
        {
            await using var release = new NpgsqlCommand("SELECT pg_advisory_unlock(@key)", lockConnection);
            release.Parameters.AddWithValue("key", MigrationLockKey);
            await release.ExecuteNonQueryAsync(CancellationToken.None);
        }
    }

    /// <summary>
    /// Reads the key ring once, which creates the first key when there is none. Done at start-up (under the migration
    /// lock on PostgreSQL) so instances starting together agree on one key rather than each making its own.
    /// </summary>
    private static void EnsureDataProtectionKey(IServiceProvider services) =>
        services.GetRequiredService<IDataProtectionProvider>().CreateProtector("OutsourceHub.StartUp").Protect("key ring ready"u8.ToArray());
}
