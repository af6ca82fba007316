using System.Data.Common;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace OutsourceHub.Core.Data;

/// <summary>
/// Keeps each SQLite connection's page cache small. SQLite gives every connection its own cache (2 MB by default)
/// and the driver keeps a pooled connection per concurrent request, so 64 connections could hold 128 MB of pages
/// the operating system's file cache already holds once for all of them (docs/performance.md).
/// </summary>
public sealed class SqlitePageCache : DbConnectionInterceptor
{
    /// <summary>Kibibytes of page cache per connection.</summary>
    public const int KiB = 256;

    private const string Pragma = "PRAGMA cache_size = -256;";

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData) => Apply(connection);

    public override Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        Apply(connection);
        return Task.CompletedTask;
    }

    // A pragma on an open in-process connection takes microseconds; running it on each open (pooled connections
    // included) is simpler than telling a new physical connection from a reused one.
    private static void Apply(DbConnection connection)
    {
        if (connection is SqliteConnection sqlite)
        {
            using var command = sqlite.CreateCommand();
            command.CommandText = Pragma;
            command.ExecuteNonQuery();
        }
    }
}
