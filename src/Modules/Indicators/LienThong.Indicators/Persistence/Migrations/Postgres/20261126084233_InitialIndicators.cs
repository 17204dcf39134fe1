using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace LienThong.Indicators.Persistence.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class InitialIndicators : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "indicators_community_teams",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    UnitCode = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false),
                    Village = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    Name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    FoundedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    DissolvedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    Synthetic = table.Column<bool>(type: "boolean", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_indicators_community_teams", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "indicators_team_members",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    TeamId = table.Column<Guid>(type: "uuid", nullable: false),
                    FullName = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Role = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false),
                    Since = table.Column<DateOnly>(type: "date", nullable: false),
                    Until = table.Column<DateOnly>(type: "date", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_indicators_team_members", x => x.Id);
                    table.ForeignKey(
                        name: "FK_indicators_team_members_indicators_community_teams_TeamId",
                        column: x => x.TeamId,
                        principalTable: "indicators_community_teams",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_indicators_community_teams_UnitCode_FoundedOn",
                table: "indicators_community_teams",
                columns: new[] { "UnitCode", "FoundedOn" });

            migrationBuilder.CreateIndex(
                name: "IX_indicators_team_members_TeamId",
                table: "indicators_team_members",
                column: "TeamId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "indicators_team_members");

            migrationBuilder.DropTable(
                name: "indicators_community_teams");
        }
    }
}
