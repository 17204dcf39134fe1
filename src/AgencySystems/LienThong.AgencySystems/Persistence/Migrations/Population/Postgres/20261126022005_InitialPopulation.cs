using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace LienThong.AgencySystems.Persistence.Migrations.Population.Postgres
{
    /// <inheritdoc />
    public partial class InitialPopulation : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "population_notifications",
                columns: table => new
                {
                    MessageId = table.Column<string>(type: "character varying(36)", maxLength: 36, nullable: false),
                    Consumer = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Purpose = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: true),
                    Case = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: true),
                    Body = table.Column<string>(type: "text", nullable: false),
                    ReceivedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_population_notifications", x => x.MessageId);
                });

            migrationBuilder.CreateTable(
                name: "population_people",
                columns: table => new
                {
                    PersonalIdNumber = table.Column<string>(type: "character varying(12)", maxLength: 12, nullable: false),
                    FullName = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    BirthDate = table.Column<DateOnly>(type: "date", nullable: false),
                    Sex = table.Column<string>(type: "character varying(6)", maxLength: 6, nullable: false),
                    UnitCode = table.Column<string>(type: "character varying(5)", maxLength: 5, nullable: false),
                    AddressDetail = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    HouseholdId = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Relation = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_population_people", x => x.PersonalIdNumber);
                });

            migrationBuilder.CreateIndex(
                name: "IX_population_people_HouseholdId",
                table: "population_people",
                column: "HouseholdId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "population_notifications");

            migrationBuilder.DropTable(
                name: "population_people");
        }
    }
}
