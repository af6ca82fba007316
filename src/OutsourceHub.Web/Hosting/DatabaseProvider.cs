namespace OutsourceHub.Web.Hosting;

/// <summary>Which database the app runs on: <c>Database:Provider</c>.</summary>
public enum DatabaseProvider
{
    /// <summary>An embedded file: nothing to install, one instance.</summary>
    Sqlite,

    /// <summary>A PostgreSQL server: any number of instances share it.</summary>
    Postgres,
}
