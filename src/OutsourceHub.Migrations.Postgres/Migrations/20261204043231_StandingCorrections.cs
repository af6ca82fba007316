using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace OutsourceHub.Migrations.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class StandingCorrections : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "StandingCorrections",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    ClientId = table.Column<int>(type: "integer", nullable: false),
                    SourcePointId = table.Column<int>(type: "integer", nullable: false),
                    Guidance = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Wording = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    AdoptedById = table.Column<string>(type: "text", nullable: false),
                    AdoptedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_StandingCorrections", x => x.Id);
                    table.ForeignKey(
                        name: "FK_StandingCorrections_AspNetUsers_AdoptedById",
                        column: x => x.AdoptedById,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_StandingCorrections_Clients_ClientId",
                        column: x => x.ClientId,
                        principalTable: "Clients",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_StandingCorrections_RevisionPoints_SourcePointId",
                        column: x => x.SourcePointId,
                        principalTable: "RevisionPoints",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_StandingCorrections_AdoptedById",
                table: "StandingCorrections",
                column: "AdoptedById");

            migrationBuilder.CreateIndex(
                name: "IX_StandingCorrections_ClientId_SourcePointId",
                table: "StandingCorrections",
                columns: new[] { "ClientId", "SourcePointId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_StandingCorrections_SourcePointId",
                table: "StandingCorrections",
                column: "SourcePointId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "StandingCorrections");
        }
    }
}
