using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace LienThong.Indicators.Persistence.Migrations.Sqlite
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

            migrationBuilder.AddColumn<bool>(
                name: "FeeDue",
                table: "indicators_dossier_facts",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

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
        }
    }
}
