using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace OutsourceHub.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class ClientArchive : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateTime>(
                name: "ArchivedAt",
                table: "Clients",
                type: "TEXT",
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "ArchivedAt",
                table: "Clients");
        }
    }
}
