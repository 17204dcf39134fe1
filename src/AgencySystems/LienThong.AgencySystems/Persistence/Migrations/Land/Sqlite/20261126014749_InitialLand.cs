using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace LienThong.AgencySystems.Persistence.Migrations.Land.Sqlite
{
    /// <inheritdoc />
    public partial class InitialLand : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "land_parcels",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    UnitCode = table.Column<string>(type: "TEXT", maxLength: 5, nullable: false),
                    MapSheet = table.Column<int>(type: "INTEGER", nullable: false),
                    Number = table.Column<int>(type: "INTEGER", nullable: false),
                    AddressDetail = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Area = table.Column<decimal>(type: "TEXT", precision: 12, scale: 1, nullable: false),
                    Purpose = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Term = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    OwnerId = table.Column<string>(type: "TEXT", maxLength: 12, nullable: false),
                    OwnerName = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    CertificateNumber = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    CertificateIssuedOn = table.Column<DateOnly>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_land_parcels", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "land_transfers",
                columns: table => new
                {
                    MessageId = table.Column<string>(type: "TEXT", maxLength: 36, nullable: false),
                    ParcelId = table.Column<int>(type: "INTEGER", nullable: false),
                    FromOwnerId = table.Column<string>(type: "TEXT", maxLength: 12, nullable: false),
                    ToOwnerId = table.Column<string>(type: "TEXT", maxLength: 12, nullable: false),
                    ToOwnerName = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Case = table.Column<string>(type: "TEXT", maxLength: 60, nullable: true),
                    NewCertificateNumber = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    RegisteredAt = table.Column<DateTimeOffset>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_land_transfers", x => x.MessageId);
                });

            migrationBuilder.CreateIndex(
                name: "IX_land_parcels_OwnerId",
                table: "land_parcels",
                column: "OwnerId");

            migrationBuilder.CreateIndex(
                name: "IX_land_parcels_UnitCode_MapSheet_Number",
                table: "land_parcels",
                columns: new[] { "UnitCode", "MapSheet", "Number" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "land_parcels");

            migrationBuilder.DropTable(
                name: "land_transfers");
        }
    }
}
