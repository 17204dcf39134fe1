using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace LienThong.Indicators.Persistence.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class ServiceQuality : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
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
                    Paid = table.Column<int>(type: "INTEGER", nullable: false),
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
                    ProcedureCode = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Agency = table.Column<string>(type: "TEXT", maxLength: 20, nullable: true),
                    UnitCode = table.Column<string>(type: "TEXT", maxLength: 10, nullable: true),
                    ReceivedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    ReceivedAt = table.Column<DateTimeOffset>(type: "TEXT", nullable: true),
                    Online = table.Column<bool>(type: "INTEGER", nullable: false),
                    Digitised = table.Column<bool>(type: "INTEGER", nullable: false),
                    Reused = table.Column<bool>(type: "INTEGER", nullable: false),
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

            migrationBuilder.CreateIndex(
                name: "IX_indicators_dossier_facts_Agency_ReceivedOn",
                table: "indicators_dossier_facts",
                columns: new[] { "Agency", "ReceivedOn" });

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
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "indicators_dossier_days");

            migrationBuilder.DropTable(
                name: "indicators_dossier_facts");

            migrationBuilder.DropTable(
                name: "indicators_entered_values");

            migrationBuilder.DropTable(
                name: "indicators_feed_cursors");
        }
    }
}
