using Microsoft.AspNetCore.DataProtection;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.EntityFrameworkCore.Storage;
using Npgsql;
using OutsourceHub.Core.Data;
using OutsourceHub.Migrations.Postgres;
using OutsourceHub.Migrations.Sqlite;

namespace OutsourceHub.Web.Hosting;

/// <summary>Which database the app runs on: <c>Database:Provider</c>.</summary>
public enum DatabaseProvider
{
    /// <summary>An embedded file: nothing to install, one instance.</summary>
    Sqlite,

    /// <summary>A PostgreSQL server: any number of instances share it.</summary>
    Postgres,
}
