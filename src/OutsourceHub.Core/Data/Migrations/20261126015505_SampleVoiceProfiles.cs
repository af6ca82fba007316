using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace OutsourceHub.Core.Data.Migrations
{
    /// <inheritdoc />
    public partial class SampleVoiceProfiles : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "VoiceProfile",
                table: "ReferencePieces",
                type: "TEXT",
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "VoiceProfile",
                table: "ReferencePieces");
        }
    }
}
