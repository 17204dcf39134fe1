using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace LienThong.PublicServices.Persistence.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class InitialPublicServices : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "publicservices_dossier_counters",
                columns: table => new
                {
                    Agency = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Day = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Last = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_publicservices_dossier_counters", x => new { x.Agency, x.Day });
                });

            migrationBuilder.CreateTable(
                name: "publicservices_procedures",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Code = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    NameFolded = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    Field = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Level = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    ValidFrom = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    ValidTo = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Definition = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_publicservices_procedures", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_publicservices_procedures_Code_ValidFrom",
                table: "publicservices_procedures",
                columns: new[] { "Code", "ValidFrom" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "publicservices_dossier_counters");

            migrationBuilder.DropTable(
                name: "publicservices_procedures");
        }
    }
}
