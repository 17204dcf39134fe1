using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace LienThong.Registry.Persistence.Migrations.Postgres
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
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    ElectronicId = table.Column<string>(type: "character varying(13)", maxLength: 13, nullable: false),
                    Name = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    Abbreviation = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    Level = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    ParentElectronicId = table.Column<string>(type: "character varying(13)", maxLength: 13, nullable: true),
                    UnitCode = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: true),
                    ValidFrom = table.Column<DateOnly>(type: "date", nullable: true),
                    ValidTo = table.Column<DateOnly>(type: "date", nullable: true),
                    Synthetic = table.Column<bool>(type: "boolean", nullable: false),
                    Note = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    SearchName = table.Column<string>(type: "character varying(400)", maxLength: 400, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_registry_agencies", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "registry_units",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Code = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false),
                    Name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Type = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    Level = table.Column<int>(type: "integer", nullable: false),
                    ParentCode = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: true),
                    ValidFrom = table.Column<DateOnly>(type: "date", nullable: true),
                    ValidTo = table.Column<DateOnly>(type: "date", nullable: true),
                    Confirmed = table.Column<bool>(type: "boolean", nullable: false),
                    Source = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    Note = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    SearchName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_registry_units", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "registry_agency_successions",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    PredecessorId = table.Column<int>(type: "integer", nullable: false),
                    SuccessorId = table.Column<int>(type: "integer", nullable: true),
                    Kind = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    EffectiveDate = table.Column<DateOnly>(type: "date", nullable: false),
                    LegalBasis = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: true),
                    Confirmed = table.Column<bool>(type: "boolean", nullable: false)
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
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    PredecessorId = table.Column<int>(type: "integer", nullable: false),
                    SuccessorId = table.Column<int>(type: "integer", nullable: true),
                    Kind = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    EffectiveDate = table.Column<DateOnly>(type: "date", nullable: false),
                    LegalBasis = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: true),
                    Confirmed = table.Column<bool>(type: "boolean", nullable: false)
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
                name: "IX_registry_agency_successions_PredecessorId_SuccessorId_Effec~",
                table: "registry_agency_successions",
                columns: new[] { "PredecessorId", "SuccessorId", "EffectiveDate" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_registry_agency_successions_SuccessorId",
                table: "registry_agency_successions",
                column: "SuccessorId");

            migrationBuilder.CreateIndex(
                name: "IX_registry_unit_successions_PredecessorId_SuccessorId_Effecti~",
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
