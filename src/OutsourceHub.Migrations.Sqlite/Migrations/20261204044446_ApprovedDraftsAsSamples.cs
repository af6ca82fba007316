using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace OutsourceHub.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class ApprovedDraftsAsSamples : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "FromDraftNumber",
                table: "ReferencePieces",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "FromProjectId",
                table: "ReferencePieces",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "FromWriterId",
                table: "ReferencePieces",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "InVoiceMatch",
                table: "ReferencePieces",
                type: "INTEGER",
                nullable: false,
                defaultValue: true);

            migrationBuilder.CreateIndex(
                name: "IX_ReferencePieces_FromProjectId",
                table: "ReferencePieces",
                column: "FromProjectId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ReferencePieces_FromWriterId",
                table: "ReferencePieces",
                column: "FromWriterId");

            migrationBuilder.AddForeignKey(
                name: "FK_ReferencePieces_Projects_FromProjectId",
                table: "ReferencePieces",
                column: "FromProjectId",
                principalTable: "Projects",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);

            migrationBuilder.AddForeignKey(
                name: "FK_ReferencePieces_Writers_FromWriterId",
                table: "ReferencePieces",
                column: "FromWriterId",
                principalTable: "Writers",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "FK_ReferencePieces_Projects_FromProjectId",
                table: "ReferencePieces");

            migrationBuilder.DropForeignKey(
                name: "FK_ReferencePieces_Writers_FromWriterId",
                table: "ReferencePieces");

            migrationBuilder.DropIndex(
                name: "IX_ReferencePieces_FromProjectId",
                table: "ReferencePieces");

            migrationBuilder.DropIndex(
                name: "IX_ReferencePieces_FromWriterId",
                table: "ReferencePieces");

            migrationBuilder.DropColumn(
                name: "FromDraftNumber",
                table: "ReferencePieces");

            migrationBuilder.DropColumn(
                name: "FromProjectId",
                table: "ReferencePieces");

            migrationBuilder.DropColumn(
                name: "FromWriterId",
                table: "ReferencePieces");

            migrationBuilder.DropColumn(
                name: "InVoiceMatch",
                table: "ReferencePieces");
        }
    }
}
