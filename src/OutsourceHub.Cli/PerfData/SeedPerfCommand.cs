using System.Diagnostics;
using System.Globalization;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using OutsourceHub.Core.Data;
using OutsourceHub.Migrations.Sqlite;

namespace OutsourceHub.Cli.PerfData;

/// <summary>
/// `seed-perf --database FILE --jobs N [--small]`: a new SQLite file, migrated, holding a busy owner's N jobs
/// (see <see cref="PerfDataGenerator"/>). Prints "key=value" lines for the load script: the accounts, the job
/// the pages open, the filter values. Exit code 2 with one line for a bad option or an existing file.
/// </summary>
public static class SeedPerfCommand
{
    public const string Name = "seed-perf";

    public static async Task<int> RunAsync(IReadOnlyList<string> args, TextWriter output, TextWriter error)
    {
        string? database = null;
        var jobs = 0;
        var size = PerfTextSize.Realistic;
        for (var i = 1; i < args.Count; i++)
        {
            var value = i + 1 < args.Count ? args[i + 1] : null;
            switch (args[i])
            {
                case "--database" when value is not null:
                    database = value;
                    i++;
                    break;
                case "--jobs" when int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n >= 1:
                    jobs = n;
                    i++;
                    break;
                case "--small":
                    size = PerfTextSize.Small;
                    break;
                default:
                    return Fail(error, $"Unknown or incomplete option: {args[i]}");
            }
        }

        if (database is null || jobs == 0)
        {
            return Fail(error, "Usage: seed-perf --database FILE --jobs N [--small]");
        }

        if (File.Exists(database))
        {
            return Fail(error, $"{database} exists: seed-perf writes a new database.");
        }

        var watch = Stopwatch.StartNew();
        var connection = new SqliteConnectionStringBuilder { DataSource = Path.GetFullPath(database), Pooling = false }.ToString();
        await using var db = new OutsourceHubDbContext(new DbContextOptionsBuilder<OutsourceHubDbContext>().UseSqlite(connection, sqlite => sqlite.MigrationsAssembly(SqliteMigrations.AssemblyName)).Options);
        await db.Database.MigrateAsync();
        // As the app runs it (WAL); a bulk load needs no fsync per batch, the file is checked at the end.
        await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL; PRAGMA synchronous=OFF;");
        var set = await PerfDataGenerator.GenerateAsync(db, new PerfDataOptions(jobs, size), DateTime.UtcNow, CancellationToken.None);
        await db.Database.ExecuteSqlRawAsync("PRAGMA wal_checkpoint(TRUNCATE); ANALYZE;");

        await output.WriteAsync(set.ToShell());
        await error.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
            $"{jobs:N0} jobs for {set.OwnerEmail} in {database} ({new FileInfo(database).Length / 1_048_576.0:F0} MB) in {watch.Elapsed.TotalSeconds:F1} s"));
        return 0;
    }

    private static int Fail(TextWriter error, string message)
    {
        error.WriteLine(message);
        return 2;
    }
}
