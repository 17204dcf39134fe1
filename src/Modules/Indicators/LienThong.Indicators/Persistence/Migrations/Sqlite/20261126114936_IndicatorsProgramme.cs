using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace LienThong.Indicators.Persistence.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class IndicatorsProgramme : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "indicators_document_facts",
                columns: table => new
                {
                    DocumentId = table.Column<string>(type: "TEXT", maxLength: 120, nullable: false),
                    Agency = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    UnitCode = table.Column<string>(type: "TEXT", maxLength: 10, nullable: true),
                    IssuedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    SentOn = table.Column<DateOnly>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_indicators_document_facts", x => x.DocumentId);
                });

            migrationBuilder.CreateTable(
                name: "indicators_dossier_days",
                columns: table => new
                {
                    Day = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    UnitCode = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    Agency = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Received = table.Column<int>(type: "INTEGER", nullable: false),
                    Online = table.Column<int>(type: "INTEGER", nullable: false),
                    Digitised = table.Column<int>(type: "INTEGER", nullable: false),
                    Reused = table.Column<int>(type: "INTEGER", nullable: false),
                    Returned = table.Column<int>(type: "INTEGER", nullable: false),
                    ReturnedOnTime = table.Column<int>(type: "INTEGER", nullable: false),
                    ReturnedElectronic = table.Column<int>(type: "INTEGER", nullable: false),
                    HandlingDays = table.Column<double>(type: "REAL", nullable: false),
                    FeeDue = table.Column<int>(type: "INTEGER", nullable: false),
                    PaidOnline = table.Column<int>(type: "INTEGER", nullable: false),
                    Rated = table.Column<int>(type: "INTEGER", nullable: false),
                    Satisfied = table.Column<int>(type: "INTEGER", nullable: false),
                    ScoreSum = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_indicators_dossier_days", x => new { x.Day, x.UnitCode, x.Agency });
                });

            migrationBuilder.CreateTable(
                name: "indicators_dossier_facts",
                columns: table => new
                {
                    DossierId = table.Column<Guid>(type: "TEXT", nullable: false),
                    DossierCode = table.Column<string>(type: "TEXT", maxLength: 40, nullable: true),
                    ProcedureCode = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    Agency = table.Column<string>(type: "TEXT", maxLength: 20, nullable: true),
                    UnitCode = table.Column<string>(type: "TEXT", maxLength: 10, nullable: true),
                    ReceivedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    ReceivedAt = table.Column<DateTimeOffset>(type: "TEXT", nullable: true),
                    Online = table.Column<bool>(type: "INTEGER", nullable: false),
                    Digitised = table.Column<bool>(type: "INTEGER", nullable: false),
                    Reused = table.Column<bool>(type: "INTEGER", nullable: false),
                    FeeDue = table.Column<bool>(type: "INTEGER", nullable: false),
                    PaidOnlineOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    ResultIssued = table.Column<bool>(type: "INTEGER", nullable: false),
                    ReturnedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    OnTime = table.Column<bool>(type: "INTEGER", nullable: true),
                    HandlingDays = table.Column<double>(type: "REAL", nullable: true),
                    RatedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Score = table.Column<int>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_indicators_dossier_facts", x => x.DossierId);
                });

            migrationBuilder.CreateTable(
                name: "indicators_entered_values",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Framework = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    Version = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Indicator = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    UnitCode = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Period = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    PeriodStart = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    PeriodEnd = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Value = table.Column<decimal>(type: "TEXT", precision: 18, scale: 4, nullable: false),
                    Evidence = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    Agency = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    EnteredBy = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    EnteredAt = table.Column<DateTimeOffset>(type: "TEXT", nullable: false),
                    Source = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 12, nullable: false),
                    ApprovedBy = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    ApprovedAt = table.Column<DateTimeOffset>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_indicators_entered_values", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "indicators_feed_cursors",
                columns: table => new
                {
                    Feed = table.Column<string>(type: "TEXT", maxLength: 60, nullable: false),
                    Position = table.Column<long>(type: "INTEGER", nullable: false),
                    UpdatedAt = table.Column<DateTimeOffset>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_indicators_feed_cursors", x => x.Feed);
                });

            migrationBuilder.CreateTable(
                name: "indicators_plan_meetings",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    HeldOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    Chair = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Minutes = table.Column<string>(type: "TEXT", maxLength: 20000, nullable: false),
                    Decisions = table.Column<string>(type: "TEXT", maxLength: 60000, nullable: false),
                    CreatedBy = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_indicators_plan_meetings", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "indicators_plan_tasks",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Code = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    Agency = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    UnitCode = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    Deadline = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 12, nullable: false),
                    Progress = table.Column<int>(type: "INTEGER", nullable: false),
                    CompletedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    MeetingId = table.Column<Guid>(type: "TEXT", nullable: true),
                    CreatedBy = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "TEXT", nullable: false),
                    Revision = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_indicators_plan_tasks", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "indicators_recorded_codes",
                columns: table => new
                {
                    Kind = table.Column<string>(type: "TEXT", maxLength: 6, nullable: false),
                    Code = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    FirstDay = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    LastDay = table.Column<DateOnly>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_indicators_recorded_codes", x => new { x.Kind, x.Code });
                });

            migrationBuilder.CreateTable(
                name: "indicators_team_activities",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    TeamId = table.Column<Guid>(type: "TEXT", nullable: false),
                    On = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Count = table.Column<int>(type: "INTEGER", nullable: false),
                    DossierCode = table.Column<string>(type: "TEXT", maxLength: 40, nullable: true),
                    Note = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    RecordedBy = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    RecordedAt = table.Column<DateTimeOffset>(type: "TEXT", nullable: false)
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
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    TaskId = table.Column<Guid>(type: "TEXT", nullable: false),
                    At = table.Column<DateTimeOffset>(type: "TEXT", nullable: false),
                    By = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Progress = table.Column<int>(type: "INTEGER", nullable: false),
                    Note = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false)
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
                name: "IX_indicators_document_facts_UnitCode_IssuedOn",
                table: "indicators_document_facts",
                columns: new[] { "UnitCode", "IssuedOn" });

            migrationBuilder.CreateIndex(
                name: "IX_indicators_dossier_days_Agency_Day",
                table: "indicators_dossier_days",
                columns: new[] { "Agency", "Day" });

            migrationBuilder.CreateIndex(
                name: "IX_indicators_dossier_days_UnitCode_Day",
                table: "indicators_dossier_days",
                columns: new[] { "UnitCode", "Day" });

            migrationBuilder.CreateIndex(
                name: "IX_indicators_dossier_facts_Agency_ReceivedOn",
                table: "indicators_dossier_facts",
                columns: new[] { "Agency", "ReceivedOn" });

            migrationBuilder.CreateIndex(
                name: "IX_indicators_dossier_facts_DossierCode",
                table: "indicators_dossier_facts",
                column: "DossierCode");

            migrationBuilder.CreateIndex(
                name: "IX_indicators_dossier_facts_UnitCode_ReceivedOn",
                table: "indicators_dossier_facts",
                columns: new[] { "UnitCode", "ReceivedOn" });

            migrationBuilder.CreateIndex(
                name: "IX_indicators_dossier_facts_UnitCode_ReturnedOn",
                table: "indicators_dossier_facts",
                columns: new[] { "UnitCode", "ReturnedOn" });

            migrationBuilder.CreateIndex(
                name: "IX_indicators_entered_values_Framework_Version_Indicator_UnitCode_Period",
                table: "indicators_entered_values",
                columns: new[] { "Framework", "Version", "Indicator", "UnitCode", "Period" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_indicators_entered_values_UnitCode_PeriodStart",
                table: "indicators_entered_values",
                columns: new[] { "UnitCode", "PeriodStart" });

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
                name: "indicators_document_facts");

            migrationBuilder.DropTable(
                name: "indicators_dossier_days");

            migrationBuilder.DropTable(
                name: "indicators_dossier_facts");

            migrationBuilder.DropTable(
                name: "indicators_entered_values");

            migrationBuilder.DropTable(
                name: "indicators_feed_cursors");

            migrationBuilder.DropTable(
                name: "indicators_plan_meetings");

            migrationBuilder.DropTable(
                name: "indicators_plan_task_reports");

            migrationBuilder.DropTable(
                name: "indicators_recorded_codes");

            migrationBuilder.DropTable(
                name: "indicators_team_activities");

            migrationBuilder.DropTable(
                name: "indicators_plan_tasks");
        }
    }
}
