using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace OutsourceHub.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class RevisionPointPassages : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "PassageEnd",
                table: "RevisionPoints",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "PassageExact",
                table: "RevisionPoints",
                type: "TEXT",
                maxLength: 2000,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "PassageFate",
                table: "RevisionPoints",
                type: "TEXT",
                maxLength: 16,
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "PassageNowEnd",
                table: "RevisionPoints",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "PassageNowExact",
                table: "RevisionPoints",
                type: "TEXT",
                maxLength: 4032,
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "PassageNowStart",
                table: "RevisionPoints",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "PassagePrefix",
                table: "RevisionPoints",
                type: "TEXT",
                maxLength: 32,
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "PassageStart",
                table: "RevisionPoints",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "PassageSuffix",
                table: "RevisionPoints",
                type: "TEXT",
                maxLength: 32,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "SuggestedWording",
                table: "RevisionPoints",
                type: "TEXT",
                maxLength: 2000,
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "PassageEnd",
                table: "RevisionPoints");

            migrationBuilder.DropColumn(
                name: "PassageExact",
                table: "RevisionPoints");

            migrationBuilder.DropColumn(
                name: "PassageFate",
                table: "RevisionPoints");

            migrationBuilder.DropColumn(
                name: "PassageNowEnd",
                table: "RevisionPoints");

            migrationBuilder.DropColumn(
                name: "PassageNowExact",
                table: "RevisionPoints");

            migrationBuilder.DropColumn(
                name: "PassageNowStart",
                table: "RevisionPoints");

            migrationBuilder.DropColumn(
                name: "PassagePrefix",
                table: "RevisionPoints");

            migrationBuilder.DropColumn(
                name: "PassageStart",
                table: "RevisionPoints");

            migrationBuilder.DropColumn(
                name: "PassageSuffix",
                table: "RevisionPoints");

            migrationBuilder.DropColumn(
                name: "SuggestedWording",
                table: "RevisionPoints");
        }
    }
}
