using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace OutsourceHub.Core.Data.Migrations
{
    /// <inheritdoc />
    public partial class RevisionPointDraftNumber : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "FK_RevisionPoints_Drafts_ResolvedInDraftId",
                table: "RevisionPoints");

            migrationBuilder.DropIndex(
                name: "IX_RevisionPoints_ResolvedInDraftId",
                table: "RevisionPoints");

            migrationBuilder.RenameColumn(
                name: "ResolvedInDraftId",
                table: "RevisionPoints",
                newName: "ResolvedInDraftNumber");

            migrationBuilder.AddColumn<int>(
                name: "ProjectId",
                table: "RevisionPoints",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_RevisionPoints_ProjectId",
                table: "RevisionPoints",
                column: "ProjectId");

            migrationBuilder.AddForeignKey(
                name: "FK_RevisionPoints_Projects_ProjectId",
                table: "RevisionPoints",
                column: "ProjectId",
                principalTable: "Projects",
                principalColumn: "Id");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "FK_RevisionPoints_Projects_ProjectId",
                table: "RevisionPoints");

            migrationBuilder.DropIndex(
                name: "IX_RevisionPoints_ProjectId",
                table: "RevisionPoints");

            migrationBuilder.DropColumn(
                name: "ProjectId",
                table: "RevisionPoints");

            migrationBuilder.RenameColumn(
                name: "ResolvedInDraftNumber",
                table: "RevisionPoints",
                newName: "ResolvedInDraftId");

            migrationBuilder.CreateIndex(
                name: "IX_RevisionPoints_ResolvedInDraftId",
                table: "RevisionPoints",
                column: "ResolvedInDraftId");

            migrationBuilder.AddForeignKey(
                name: "FK_RevisionPoints_Drafts_ResolvedInDraftId",
                table: "RevisionPoints",
                column: "ResolvedInDraftId",
                principalTable: "Drafts",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);
        }
    }
}
