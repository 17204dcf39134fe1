using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace LienThong.Indicators.Persistence.Migrations.Postgres
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
                    Day = table.Column<DateOnly>(type: "date", nullable: false),
                    UnitCode = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false),
                    Agency = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Received = table.Column<int>(type: "integer", nullable: false),
                    Online = table.Column<int>(type: "integer", nullable: false),
                    Digitised = table.Column<int>(type: "integer", nullable: false),
                    Reused = table.Column<int>(type: "integer", nullable: false),
                    Returned = table.Column<int>(type: "integer", nullable: false),
                    ReturnedOnTime = table.Column<int>(type: "integer", nullable: false),
                    ReturnedElectronic = table.Column<int>(type: "integer", nullable: false),
                    HandlingDays = table.Column<double>(type: "double precision", nullable: false),
                    Paid = table.Column<int>(type: "integer", nullable: false),
                    PaidOnline = table.Column<int>(type: "integer", nullable: false),
                    Rated = table.Column<int>(type: "integer", nullable: false),
                    Satisfied = table.Column<int>(type: "integer", nullable: false),
                    ScoreSum = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_indicators_dossier_days", x => new { x.Day, x.UnitCode, x.Agency });
                });

            migrationBuilder.CreateTable(
                name: "indicators_dossier_facts",
                columns: table => new
                {
                    DossierId = table.Column<Guid>(type: "uuid", nullable: false),
                    DossierCode = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true),
                    ProcedureCode = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Agency = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: true),
                    UnitCode = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: true),
                    ReceivedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    ReceivedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    Online = table.Column<bool>(type: "boolean", nullable: false),
                    Digitised = table.Column<bool>(type: "boolean", nullable: false),
                    Reused = table.Column<bool>(type: "boolean", nullable: false),
                    PaidOnlineOn = table.Column<DateOnly>(type: "date", nullable: true),
                    ResultIssued = table.Column<bool>(type: "boolean", nullable: false),
                    ReturnedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    OnTime = table.Column<bool>(type: "boolean", nullable: true),
                    HandlingDays = table.Column<double>(type: "double precision", nullable: true),
                    RatedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    Score = table.Column<int>(type: "integer", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_indicators_dossier_facts", x => x.DossierId);
                });

            migrationBuilder.CreateTable(
                name: "indicators_entered_values",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Framework = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false),
                    Version = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Indicator = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    UnitCode = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Period = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false),
                    PeriodStart = table.Column<DateOnly>(type: "date", nullable: false),
                    PeriodEnd = table.Column<DateOnly>(type: "date", nullable: false),
                    Value = table.Column<decimal>(type: "numeric(18,4)", precision: 18, scale: 4, nullable: false),
                    Evidence = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    Agency = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    EnteredBy = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    EnteredAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    Source = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Status = table.Column<string>(type: "character varying(12)", maxLength: 12, nullable: false),
                    ApprovedBy = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    ApprovedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_indicators_entered_values", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "indicators_feed_cursors",
                columns: table => new
                {
                    Feed = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: false),
                    Position = table.Column<long>(type: "bigint", nullable: false),
                    UpdatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
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
                name: "IX_indicators_entered_values_Framework_Version_Indicator_UnitC~",
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
