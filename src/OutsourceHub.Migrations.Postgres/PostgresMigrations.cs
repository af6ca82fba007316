namespace OutsourceHub.Migrations.Postgres;

/// <summary>Names this assembly for <c>UseNpgsql(..., o => o.MigrationsAssembly(...))</c>; the migrations are in Migrations/.</summary>
public static class PostgresMigrations
{
    public static string AssemblyName { get; } = typeof(PostgresMigrations).Assembly.GetName().Name!;
}
