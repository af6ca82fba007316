using System.Data.Common;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Microsoft.EntityFrameworkCore;
using OutsourceHub.Web.Hosting;

namespace OutsourceHub.Web.Tests.Security;

/// <summary>
/// Everything in the app's database, to compare before and after a request that must change nothing: per table
/// its row count and a hash of every row, and in words the state of the scenario's jobs and client (status,
/// Version and counters), so a failure says what moved. Any table added later is covered without a change here.
/// </summary>
public sealed record DatabaseSnapshot(IReadOnlyDictionary<string, (long Rows, string Hash)> Tables, IReadOnlyList<string> Watched)
{
    public static async Task<DatabaseSnapshot> TakeAsync(IsolationScenario scenario)
    {
        await using var db = scenario.App.Database.NewContext();
        var connection = db.Database.GetDbConnection();
        await connection.OpenAsync();
        var postgres = scenario.App.Database.Provider == DatabaseProvider.Postgres;

        var names = new List<string>();
        await using (var list = connection.CreateCommand())
        {
            list.CommandText = postgres
                ? "SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE' ORDER BY table_name"
                : "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name";
            await using var reader = await list.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                names.Add(reader.GetString(0));
            }
        }

        var tables = new SortedDictionary<string, (long, string)>(StringComparer.Ordinal);
        foreach (var name in names)
        {
            tables[name] = await ReadTableAsync(connection, name);
        }

        var watched = new List<string>();
        var jobs = string.Join(',', new[] { scenario.Job.Id, scenario.OtherJob.Id, scenario.SetupJob.Id }.Select(id => id.ToString(CultureInfo.InvariantCulture)));
        watched.AddRange(await ReadRowsAsync(
            connection,
            $"SELECT 'job ' || \"Title\", 'status ' || \"Status\", 'Version ' || \"Version\", 'briefs ' || \"BriefVersionsIssued\", 'drafts ' || \"DraftsSubmitted\", 'rounds ' || \"RevisionRoundsUsed\" FROM \"Projects\" WHERE \"Id\" IN ({jobs}) ORDER BY \"Id\""));
        watched.AddRange(await ReadRowsAsync(
            connection, "SELECT 'client ' || \"Name\", 'Version ' || \"Version\" FROM \"Clients\" WHERE \"OwnerId\" = @owner ORDER BY \"Id\"", ("@owner", scenario.OwnerA.Id)));
        return new DatabaseSnapshot(tables, watched);
    }

    /// <summary>What differs from a later snapshot, in words; empty when nothing changed.</summary>
    public IReadOnlyList<string> DifferencesFrom(DatabaseSnapshot after)
    {
        var differences = new List<string>();
        foreach (var name in Tables.Keys.Union(after.Tables.Keys).Order(StringComparer.Ordinal))
        {
            var had = Tables.TryGetValue(name, out var before) ? before : (Rows: -1, Hash: string.Empty);
            var has = after.Tables.TryGetValue(name, out var now) ? now : (Rows: -1, Hash: string.Empty);
            if (had.Rows != has.Rows)
            {
                differences.Add($"table {name}: {had.Rows} rows before, {has.Rows} after");
            }
            else if (had.Hash != has.Hash)
            {
                differences.Add($"table {name}: a row changed");
            }
        }

        differences.AddRange(Watched.Zip(after.Watched).Where(p => p.First != p.Second).Select(p => $"{p.First} → {p.Second}"));
        return differences;
    }

    /// <summary>
    /// The table's row count and a hash of its rows that does not depend on their order: each row is hashed, the row
    /// hashes are sorted and hashed together (PostgreSQL has no rowid, and an UPDATE moves a row in its heap).
    /// </summary>
    private static async Task<(long, string)> ReadTableAsync(DbConnection connection, string table)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = $"SELECT * FROM \"{table.Replace("\"", "\"\"", StringComparison.Ordinal)}\"";
        await using var reader = await command.ExecuteReaderAsync();
        var rowHashes = new List<string>();
        while (await reader.ReadAsync())
        {
            var row = new StringBuilder();
            for (var i = 0; i < reader.FieldCount; i++)
            {
                var value = reader.IsDBNull(i) ? "∅" : reader.GetValue(i) switch
                {
                    byte[] bytes => Convert.ToBase64String(bytes),
                    DateTime time => time.ToUniversalTime().ToString("O", CultureInfo.InvariantCulture),
                    var other => Convert.ToString(other, CultureInfo.InvariantCulture),
                };
                row.Append(value).Append('\u001f');
            }

            rowHashes.Add(Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(row.ToString()))));
        }

        rowHashes.Sort(StringComparer.Ordinal);
        return (rowHashes.Count, Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(string.Join('\u001e', rowHashes)))));
    }

    private static async Task<IReadOnlyList<string>> ReadRowsAsync(DbConnection connection, string sql, params (string Name, object Value)[] parameters)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        foreach (var (name, value) in parameters)
        {
            var parameter = command.CreateParameter();
            parameter.ParameterName = name;
            parameter.Value = value;
            command.Parameters.Add(parameter);
        }

        await using var reader = await command.ExecuteReaderAsync();
        var rows = new List<string>();
        while (await reader.ReadAsync())
        {
            rows.Add(string.Join(", ", Enumerable.Range(0, reader.FieldCount).Select(reader.GetString)));
        }

        return rows;
    }
}
