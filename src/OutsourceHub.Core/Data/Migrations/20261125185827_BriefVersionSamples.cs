using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace OutsourceHub.Core.Data.Migrations
{
    /// <inheritdoc />
    public partial class BriefVersionSamples : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "BriefVersionSamples",
                columns: table => new
                {
                    BriefVersionId = table.Column<int>(type: "INTEGER", nullable: false),
                    ReferencePieceId = table.Column<int>(type: "INTEGER", nullable: false),
                    Position = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_BriefVersionSamples", x => new { x.BriefVersionId, x.ReferencePieceId });
                    table.ForeignKey(
                        name: "FK_BriefVersionSamples_BriefVersions_BriefVersionId",
                        column: x => x.BriefVersionId,
                        principalTable: "BriefVersions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_BriefVersionSamples_ReferencePieces_ReferencePieceId",
                        column: x => x.ReferencePieceId,
                        principalTable: "ReferencePieces",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_BriefVersionSamples_ReferencePieceId",
                table: "BriefVersionSamples",
                column: "ReferencePieceId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "BriefVersionSamples");
        }
    }
}
