using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace LienThong.Indicators.Persistence.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class PlanAndTeamActivities : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "indicators_plan_meetings",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    HeldOn = table.Column<DateOnly>(type: "date", nullable: false),
                    Title = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    Chair = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Minutes = table.Column<string>(type: "character varying(20000)", maxLength: 20000, nullable: false),
                    Decisions = table.Column<string>(type: "character varying(20000)", maxLength: 20000, nullable: false),
                    CreatedBy = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_indicators_plan_meetings", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "indicators_plan_tasks",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Code = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Title = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    Agency = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    UnitCode = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false),
                    Deadline = table.Column<DateOnly>(type: "date", nullable: false),
                    Status = table.Column<string>(type: "character varying(12)", maxLength: 12, nullable: false),
                    Progress = table.Column<int>(type: "integer", nullable: false),
                    CompletedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    MeetingId = table.Column<Guid>(type: "uuid", nullable: true),
                    CreatedBy = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    Revision = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_indicators_plan_tasks", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "indicators_team_activities",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    TeamId = table.Column<Guid>(type: "uuid", nullable: false),
                    On = table.Column<DateOnly>(type: "date", nullable: false),
                    Kind = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Count = table.Column<int>(type: "integer", nullable: false),
                    DossierCode = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true),
                    Note = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    RecordedBy = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    RecordedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_indicators_team_activities", x => x.Id);
                    table.ForeignKey(
                        name: "FK_indicators_team_activities_indicators_community_teams_TeamId",
                        column: x => x.TeamId,
                        principalTable: "indicators_community_teams",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "indicators_plan_task_reports",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    TaskId = table.Column<Guid>(type: "uuid", nullable: false),
                    At = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    By = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Progress = table.Column<int>(type: "integer", nullable: false),
                    Note = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_indicators_plan_task_reports", x => x.Id);
                    table.ForeignKey(
                        name: "FK_indicators_plan_task_reports_indicators_plan_tasks_TaskId",
                        column: x => x.TaskId,
                        principalTable: "indicators_plan_tasks",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_indicators_dossier_facts_DossierCode",
                table: "indicators_dossier_facts",
                column: "DossierCode");

            migrationBuilder.CreateIndex(
                name: "IX_indicators_plan_task_reports_TaskId",
                table: "indicators_plan_task_reports",
                column: "TaskId");

            migrationBuilder.CreateIndex(
                name: "IX_indicators_plan_tasks_Code",
                table: "indicators_plan_tasks",
                column: "Code",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_indicators_plan_tasks_MeetingId",
                table: "indicators_plan_tasks",
                column: "MeetingId");

            migrationBuilder.CreateIndex(
                name: "IX_indicators_plan_tasks_UnitCode_Deadline",
                table: "indicators_plan_tasks",
                columns: new[] { "UnitCode", "Deadline" });

            migrationBuilder.CreateIndex(
                name: "IX_indicators_team_activities_On_TeamId",
                table: "indicators_team_activities",
                columns: new[] { "On", "TeamId" });

            migrationBuilder.CreateIndex(
                name: "IX_indicators_team_activities_TeamId",
                table: "indicators_team_activities",
                column: "TeamId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "indicators_plan_meetings");

            migrationBuilder.DropTable(
                name: "indicators_plan_task_reports");

            migrationBuilder.DropTable(
                name: "indicators_team_activities");

            migrationBuilder.DropTable(
                name: "indicators_plan_tasks");

            migrationBuilder.DropIndex(
                name: "IX_indicators_dossier_facts_DossierCode",
                table: "indicators_dossier_facts");
        }
    }
}
