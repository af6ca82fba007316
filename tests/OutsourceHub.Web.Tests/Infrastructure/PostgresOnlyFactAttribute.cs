namespace OutsourceHub.Web.Tests.Infrastructure;

/// <summary>
/// A test of something only PostgreSQL has: instances of the app sharing one server. Reported skipped, with the
/// reason, on the SQLite run (one file serves one instance).
/// </summary>
public sealed class PostgresOnlyFactAttribute : FactAttribute
{
    public PostgresOnlyFactAttribute()
    {
        if (!TestDatabase.RunsOnPostgres)
        {
            Skip = $"PostgreSQL only: several instances share a PostgreSQL database, never a SQLite file (runs with {TestDatabase.ProviderVariable}=Postgres)";
        }
    }
}
