namespace OutsourceHub.Web.Tests.Infrastructure;

/// <summary>
/// A test of the SQLite file itself (its journal, its integrity after a kill). Reported skipped, with the reason,
/// when the run is on PostgreSQL, where the same promise is tested another way. Keep this list short: every use is
/// listed in docs/decisions.md.
/// </summary>
public sealed class SqliteOnlyFactAttribute : FactAttribute
{
    public SqliteOnlyFactAttribute(string onPostgres)
    {
        if (TestDatabase.RunsOnPostgres)
        {
            Skip = $"SQLite only; on PostgreSQL {onPostgres}";
        }
    }
}
