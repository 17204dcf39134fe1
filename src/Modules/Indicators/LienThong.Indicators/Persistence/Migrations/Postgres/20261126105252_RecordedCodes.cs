using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace LienThong.Indicators.Persistence.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class RecordedCodes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "indicators_recorded_codes",
                columns: table => new
                {
                    Kind = table.Column<string>(type: "character varying(6)", maxLength: 6, nullable: false),
                    Code = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    FirstDay = table.Column<DateOnly>(type: "date", nullable: false),
                    LastDay = table.Column<DateOnly>(type: "date", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_indicators_recorded_codes", x => new { x.Kind, x.Code });
                });

            migrationBuilder.CreateIndex(
                name: "IX_indicators_dossier_days_Agency_Day",
                table: "indicators_dossier_days",
                columns: new[] { "Agency", "Day" });

            migrationBuilder.CreateIndex(
                name: "IX_indicators_dossier_days_UnitCode_Day",
                table: "indicators_dossier_days",
                columns: new[] { "UnitCode", "Day" });

            // Codes of the counters projected before this table existed.
            migrationBuilder.Sql("""
                INSERT INTO indicators_recorded_codes ("Kind", "Code", "FirstDay", "LastDay")
                SELECT 'unit', "UnitCode", MIN("Day"), MAX("Day") FROM indicators_dossier_days GROUP BY "UnitCode";
                INSERT INTO indicators_recorded_codes ("Kind", "Code", "FirstDay", "LastDay")
                SELECT 'agency', "Agency", MIN("Day"), MAX("Day") FROM indicators_dossier_days GROUP BY "Agency";
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "indicators_recorded_codes");

            migrationBuilder.DropIndex(
                name: "IX_indicators_dossier_days_Agency_Day",
                table: "indicators_dossier_days");

            migrationBuilder.DropIndex(
                name: "IX_indicators_dossier_days_UnitCode_Day",
                table: "indicators_dossier_days");
        }
    }
}
