using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using OutsourceHub.Core.Data;

namespace OutsourceHub.Web.Infrastructure;

/// <summary>Registers the DbContext on SQLite and brings the schema up to date when the app starts.</summary>
public static class DatabaseSetup
{
    public const string ConnectionStringName = "OutsourceHub";
    public const string DefaultConnectionString = "Data Source=App_Data/outsourcehub.db";

    public static IServiceCollection AddOutsourceHubDatabase(this IServiceCollection services)
    {
        // The connection string is read when a context is built, so a test host's settings take effect.
        services.AddDbContext<OutsourceHubDbContext>((provider, options) =>
        {
            var configuration = provider.GetRequiredService<IConfiguration>();
            var environment = provider.GetRequiredService<IHostEnvironment>();
            options.UseSqlite(SqliteConnectionString(configuration, environment))
                .AddInterceptors(provider.GetRequiredService<SqliteWriteGate>());
        });
        services.AddSingleton<SqliteWriteGate>();
        return services;
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

    public static async Task MigrateDatabaseAsync(this IServiceProvider services, CancellationToken cancellationToken)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<OutsourceHubDbContext>();
        var logger = scope.ServiceProvider.GetRequiredService<ILogger<OutsourceHubDbContext>>();

        var dataSource = new SqliteConnectionStringBuilder(db.Database.GetConnectionString()).DataSource;
        var folder = Path.GetDirectoryName(dataSource);
        if (!string.IsNullOrEmpty(folder))
        {
            Directory.CreateDirectory(folder);
        }

        await db.Database.MigrateAsync(cancellationToken);
        // WAL lets readers work while a write is in progress; the mode is stored in the database file.
        await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", cancellationToken);
        logger.LogInformation("Database {DataSource} is up to date", dataSource);
    }
}
