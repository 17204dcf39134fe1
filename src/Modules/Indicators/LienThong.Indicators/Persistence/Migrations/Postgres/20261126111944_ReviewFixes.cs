using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace LienThong.Indicators.Persistence.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class ReviewFixes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.RenameColumn(
                name: "Paid",
                table: "indicators_dossier_days",
                newName: "FeeDue");

            migrationBuilder.AlterColumn<string>(
                name: "Decisions",
                table: "indicators_plan_meetings",
                type: "character varying(60000)",
                maxLength: 60000,
                nullable: false,
                oldClrType: typeof(string),
                oldType: "character varying(20000)",
                oldMaxLength: 20000);

            migrationBuilder.AlterColumn<string>(
                name: "ProcedureCode",
                table: "indicators_dossier_facts",
                type: "character varying(30)",
                maxLength: 30,
                nullable: false,
                oldClrType: typeof(string),
                oldType: "character varying(20)",
                oldMaxLength: 20);

            migrationBuilder.AddColumn<bool>(
                name: "FeeDue",
                table: "indicators_dossier_facts",
                type: "boolean",
                nullable: false,
                defaultValue: false);

            migrationBuilder.CreateTable(
                name: "indicators_document_facts",
                columns: table => new
                {
                    DocumentId = table.Column<string>(type: "character varying(120)", maxLength: 120, nullable: false),
                    Agency = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    UnitCode = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: true),
                    IssuedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    SentOn = table.Column<DateOnly>(type: "date", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_indicators_document_facts", x => x.DocumentId);
                });

            migrationBuilder.CreateIndex(
                name: "IX_indicators_document_facts_UnitCode_IssuedOn",
                table: "indicators_document_facts",
                columns: new[] { "UnitCode", "IssuedOn" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "indicators_document_facts");

            migrationBuilder.DropColumn(
                name: "FeeDue",
                table: "indicators_dossier_facts");

            migrationBuilder.RenameColumn(
                name: "FeeDue",
                table: "indicators_dossier_days",
                newName: "Paid");

            migrationBuilder.AlterColumn<string>(
                name: "Decisions",
                table: "indicators_plan_meetings",
                type: "character varying(20000)",
                maxLength: 20000,
                nullable: false,
                oldClrType: typeof(string),
                oldType: "character varying(60000)",
                oldMaxLength: 60000);

            migrationBuilder.AlterColumn<string>(
                name: "ProcedureCode",
                table: "indicators_dossier_facts",
                type: "character varying(20)",
                maxLength: 20,
                nullable: false,
                oldClrType: typeof(string),
                oldType: "character varying(30)",
                oldMaxLength: 30);
        }
    }
}
