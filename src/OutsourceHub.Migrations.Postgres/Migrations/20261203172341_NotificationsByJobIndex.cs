using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace OutsourceHub.Migrations.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class NotificationsByJobIndex : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Notifications_ProjectId",
                table: "Notifications");

            migrationBuilder.CreateIndex(
                name: "IX_Notifications_ProjectId_UserId_ReadAt",
                table: "Notifications",
                columns: new[] { "ProjectId", "UserId", "ReadAt" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Notifications_ProjectId_UserId_ReadAt",
                table: "Notifications");

            migrationBuilder.CreateIndex(
                name: "IX_Notifications_ProjectId",
                table: "Notifications",
                column: "ProjectId");
        }
    }
}
