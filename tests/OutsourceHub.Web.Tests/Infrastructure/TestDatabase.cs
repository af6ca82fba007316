using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using OutsourceHub.Core.Data;
using OutsourceHub.Migrations.Postgres;
using OutsourceHub.Web.Hosting;

namespace OutsourceHub.Web.Tests.Infrastructure;

/// <summary>
/// The database one test app runs on. By default a SQLite file in the app's temp folder. With
/// <c>OUTSOURCEHUB_TEST_PROVIDER=Postgres</c> a fresh PostgreSQL database on the server named by
/// <c>OUTSOURCEHUB_TEST_POSTGRES</c> (a connection string without a database), copied from a template this test
/// process migrates once (<c>CREATE DATABASE … TEMPLATE</c> takes a few milliseconds; migrating each would take
/// a second), and dropped when the app is disposed. `.ci/run` runs the Web tests once per provider.
/// </summary>
public sealed class TestDatabase : IDisposable
{
    public const string ProviderVariable = "OUTSOURCEHUB_TEST_PROVIDER";
    public const string ServerVariable = "OUTSOURCEHUB_TEST_POSTGRES";

    private static readonly Lazy<string> Template = new(CreateTemplate, LazyThreadSafetyMode.ExecutionAndPublication);

    private readonly string? postgresDatabase;

    private TestDatabase(DatabaseProvider provider, string connectionString, string? sqlitePath, string? postgresDatabase)
    {
        Provider = provider;
        ConnectionString = connectionString;
        SqlitePath = sqlitePath;
        this.postgresDatabase = postgresDatabase;
    }

    /// <summary>The provider this test run uses, from <see cref="ProviderVariable"/>; SQLite when unset.</summary>
    public static DatabaseProvider RunProvider { get; } =
        Enum.TryParse<DatabaseProvider>(Environment.GetEnvironmentVariable(ProviderVariable), ignoreCase: true, out var provider)
            ? provider
            : DatabaseProvider.Sqlite;

    public static bool RunsOnPostgres => RunProvider == DatabaseProvider.Postgres;

    /// <summary>The PostgreSQL server for tests: <see cref="ServerVariable"/>, or a local default.</summary>
    public static string PostgresServer =>
        Environment.GetEnvironmentVariable(ServerVariable) is { Length: > 0 } server ? server : "Host=127.0.0.1;Port=5432;Username=postgres";

    public DatabaseProvider Provider { get; }

    public string ConnectionString { get; }

    /// <summary>The SQLite file, or null on PostgreSQL.</summary>
    public string? SqlitePath { get; }

    /// <summary>The settings that point the app at this database.</summary>
    public IReadOnlyDictionary<string, string?> Settings => new Dictionary<string, string?>
    {
        [DatabaseSetup.ProviderKey] = Provider.ToString(),
        [$"ConnectionStrings:{DatabaseSetup.ConnectionStringName}"] = ConnectionString,
    };

    /// <summary>A database for one app, of this run's provider; a SQLite file goes in <paramref name="folder"/>.</summary>
    public static TestDatabase Create(string folder) => Create(RunProvider, folder);

    public static TestDatabase Create(DatabaseProvider provider, string folder)
    {
        if (provider == DatabaseProvider.Sqlite)
        {
            var path = Path.Combine(folder, "outsourcehub.db");
            return new TestDatabase(provider, $"Data Source={path}", path, null);
        }

        var name = $"oh_test_{Guid.NewGuid():N}";
        using (var connection = OpenMaintenanceConnection())
        using (var create = new NpgsqlCommand($"CREATE DATABASE \"{name}\" TEMPLATE \"{Template.Value}\"", connection))
        {
            create.ExecuteNonQuery();
        }

        return new TestDatabase(provider, ConnectionStringFor(name), null, name);
    }

    /// <summary>An empty PostgreSQL database, not migrated: for tests of start-up itself.</summary>
    public static TestDatabase CreateEmptyPostgres()
    {
        var name = $"oh_test_{Guid.NewGuid():N}";
        using (var connection = OpenMaintenanceConnection())
        using (var create = new NpgsqlCommand($"CREATE DATABASE \"{name}\"", connection))
        {
            create.ExecuteNonQuery();
        }

        return new TestDatabase(DatabaseProvider.Postgres, ConnectionStringFor(name), null, name);
    }

    /// <summary>A context on this database outside any app, for reading what was stored.</summary>
    public OutsourceHubDbContext NewContext()
    {
        var options = new DbContextOptionsBuilder<OutsourceHubDbContext>();
        if (Provider == DatabaseProvider.Postgres)
        {
            options.UseNpgsql(ConnectionString);
        }
        else
        {
            options.UseSqlite(ConnectionString + ";Pooling=False");
        }

        return new OutsourceHubDbContext(options.Options);
    }

    public void Dispose()
    {
        if (postgresDatabase is null)
        {
            SqliteConnection.ClearAllPools();
            return;
        }

        Drop(postgresDatabase);
    }

    private static string ConnectionStringFor(string database) =>
        new NpgsqlConnectionStringBuilder(PostgresServer) { Database = database, MaxPoolSize = 20 }.ConnectionString;

    private static NpgsqlConnection OpenMaintenanceConnection()
    {
        var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(PostgresServer) { Database = "postgres", Pooling = false }.ConnectionString);
        connection.Open();
        return connection;
    }

    /// <summary>Drops a database, closing whatever connections are left; a failure only leaves it for the throwaway cluster.</summary>
    private static void Drop(string database)
    {
        try
        {
            using var probe = new NpgsqlConnection(ConnectionStringFor(database));
            NpgsqlConnection.ClearPool(probe);
            using var connection = OpenMaintenanceConnection();
            using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{database}\" WITH (FORCE)", connection);
            drop.ExecuteNonQuery();
        }
        catch (NpgsqlException)
        {
            // Left behind: CI throws the whole cluster away, and a developer's next run does not depend on it.
        }
    }

    /// <summary>Creates and migrates this process's template database, dropped again when the process exits.</summary>
    private static string CreateTemplate()
    {
        var name = $"oh_template_{Environment.ProcessId}_{Guid.NewGuid():N}"[..48];
        using (var connection = OpenMaintenanceConnection())
        using (var create = new NpgsqlCommand($"CREATE DATABASE \"{name}\"", connection))
        {
            create.ExecuteNonQuery();
        }

        var connectionString = ConnectionStringFor(name);
        var options = new DbContextOptionsBuilder<OutsourceHubDbContext>()
            .UseNpgsql(connectionString, npgsql => npgsql.MigrationsAssembly(PostgresMigrations.AssemblyName))
            .Options;
        using (var db = new OutsourceHubDbContext(options))
        {
            db.Database.Migrate();
        }

        // CREATE DATABASE … TEMPLATE refuses while anyone is connected to the template.
        using (var connection = new NpgsqlConnection(connectionString))
        {
            NpgsqlConnection.ClearPool(connection);
        }

        AppDomain.CurrentDomain.ProcessExit += (_, _) => Drop(name);
        return name;
    }
}
