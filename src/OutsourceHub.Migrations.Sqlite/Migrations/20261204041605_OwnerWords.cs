using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace OutsourceHub.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class OwnerWords : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "OwnerWords",
                table: "Projects",
                type: "TEXT",
                nullable: false,
                defaultValue: "{\"Answers\":[]}");

            migrationBuilder.AddColumn<string>(
                name: "OwnerPrompts",
                table: "Clients",
                type: "TEXT",
                maxLength: 2000,
                nullable: false,
                defaultValue: "");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "OwnerWords",
                table: "Projects");

            migrationBuilder.DropColumn(
                name: "OwnerPrompts",
                table: "Clients");
        }
    }
}
