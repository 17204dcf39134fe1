using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace LienThong.AgencySystems.Persistence.Migrations.Business.Postgres
{
    /// <inheritdoc />
    public partial class InitialBusiness : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "business_enterprises",
                columns: table => new
                {
                    TaxCode = table.Column<string>(type: "character varying(14)", maxLength: 14, nullable: false),
                    Name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Type = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: false),
                    RegisteredOn = table.Column<DateOnly>(type: "date", nullable: false),
                    UnitCode = table.Column<string>(type: "character varying(5)", maxLength: 5, nullable: false),
                    AddressDetail = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    RepresentativeId = table.Column<string>(type: "character varying(12)", maxLength: 12, nullable: false),
                    RepresentativeName = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    MainActivity = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Status = table.Column<string>(type: "character varying(12)", maxLength: 12, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_business_enterprises", x => x.TaxCode);
                });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "business_enterprises");
        }
    }
}
