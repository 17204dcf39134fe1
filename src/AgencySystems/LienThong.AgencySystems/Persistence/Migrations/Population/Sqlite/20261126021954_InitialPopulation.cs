using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace LienThong.AgencySystems.Persistence.Migrations.Population.Sqlite
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
                    MessageId = table.Column<string>(type: "TEXT", maxLength: 36, nullable: false),
                    Consumer = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Purpose = table.Column<string>(type: "TEXT", maxLength: 30, nullable: true),
                    Case = table.Column<string>(type: "TEXT", maxLength: 60, nullable: true),
                    Body = table.Column<string>(type: "TEXT", nullable: false),
                    ReceivedAt = table.Column<DateTimeOffset>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_population_notifications", x => x.MessageId);
                });

            migrationBuilder.CreateTable(
                name: "population_people",
                columns: table => new
                {
                    PersonalIdNumber = table.Column<string>(type: "TEXT", maxLength: 12, nullable: false),
                    FullName = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    BirthDate = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Sex = table.Column<string>(type: "TEXT", maxLength: 6, nullable: false),
                    UnitCode = table.Column<string>(type: "TEXT", maxLength: 5, nullable: false),
                    AddressDetail = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    HouseholdId = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Relation = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false)
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
