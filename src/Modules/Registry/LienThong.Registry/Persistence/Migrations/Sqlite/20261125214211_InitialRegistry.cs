using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace LienThong.Registry.Persistence.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class InitialRegistry : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "registry_agencies",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    ElectronicId = table.Column<string>(type: "TEXT", maxLength: 13, nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    Abbreviation = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    Level = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    ParentElectronicId = table.Column<string>(type: "TEXT", maxLength: 13, nullable: true),
                    UnitCode = table.Column<string>(type: "TEXT", maxLength: 10, nullable: true),
                    ValidFrom = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    ValidTo = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Synthetic = table.Column<bool>(type: "INTEGER", nullable: false),
                    Note = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    SearchName = table.Column<string>(type: "TEXT", maxLength: 400, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_registry_agencies", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "registry_units",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Code = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Type = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    Level = table.Column<int>(type: "INTEGER", nullable: false),
                    ParentCode = table.Column<string>(type: "TEXT", maxLength: 10, nullable: true),
                    ValidFrom = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    ValidTo = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Confirmed = table.Column<bool>(type: "INTEGER", nullable: false),
                    Source = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    Note = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    SearchName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_registry_units", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "registry_agency_successions",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    PredecessorId = table.Column<int>(type: "INTEGER", nullable: false),
                    SuccessorId = table.Column<int>(type: "INTEGER", nullable: true),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    EffectiveDate = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    LegalBasis = table.Column<string>(type: "TEXT", maxLength: 300, nullable: true),
                    Confirmed = table.Column<bool>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_registry_agency_successions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_registry_agency_successions_registry_agencies_PredecessorId",
                        column: x => x.PredecessorId,
                        principalTable: "registry_agencies",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_registry_agency_successions_registry_agencies_SuccessorId",
                        column: x => x.SuccessorId,
                        principalTable: "registry_agencies",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "registry_unit_successions",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    PredecessorId = table.Column<int>(type: "INTEGER", nullable: false),
                    SuccessorId = table.Column<int>(type: "INTEGER", nullable: true),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    EffectiveDate = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    LegalBasis = table.Column<string>(type: "TEXT", maxLength: 300, nullable: true),
                    Confirmed = table.Column<bool>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_registry_unit_successions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_registry_unit_successions_registry_units_PredecessorId",
                        column: x => x.PredecessorId,
                        principalTable: "registry_units",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_registry_unit_successions_registry_units_SuccessorId",
                        column: x => x.SuccessorId,
                        principalTable: "registry_units",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_registry_agencies_ElectronicId_ValidFrom",
                table: "registry_agencies",
                columns: new[] { "ElectronicId", "ValidFrom" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_registry_agencies_UnitCode",
                table: "registry_agencies",
                column: "UnitCode");

            migrationBuilder.CreateIndex(
                name: "IX_registry_agency_successions_PredecessorId_SuccessorId_EffectiveDate",
                table: "registry_agency_successions",
                columns: new[] { "PredecessorId", "SuccessorId", "EffectiveDate" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_registry_agency_successions_SuccessorId",
                table: "registry_agency_successions",
                column: "SuccessorId");

            migrationBuilder.CreateIndex(
                name: "IX_registry_unit_successions_PredecessorId_SuccessorId_EffectiveDate",
                table: "registry_unit_successions",
                columns: new[] { "PredecessorId", "SuccessorId", "EffectiveDate" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_registry_unit_successions_SuccessorId",
                table: "registry_unit_successions",
                column: "SuccessorId");

            migrationBuilder.CreateIndex(
                name: "IX_registry_units_Code_ValidFrom",
                table: "registry_units",
                columns: new[] { "Code", "ValidFrom" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_registry_units_ParentCode",
                table: "registry_units",
                column: "ParentCode");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "registry_agency_successions");

            migrationBuilder.DropTable(
                name: "registry_unit_successions");

            migrationBuilder.DropTable(
                name: "registry_agencies");

            migrationBuilder.DropTable(
                name: "registry_units");
        }
    }
}
