namespace OutsourceHub.Migrations.Sqlite;

/// <summary>Names this assembly for <c>UseSqlite(..., o => o.MigrationsAssembly(...))</c>; the migrations are in Migrations/.</summary>
public static class SqliteMigrations
{
    public static string AssemblyName { get; } = typeof(SqliteMigrations).Assembly.GetName().Name!;
}
