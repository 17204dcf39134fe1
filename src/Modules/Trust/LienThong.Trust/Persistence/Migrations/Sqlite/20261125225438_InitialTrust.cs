using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace LienThong.Trust.Persistence.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class InitialTrust : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "trust_certificates",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    SerialNumber = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Profile = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Subject = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    IssuerSerialNumber = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    AgencyElectronicId = table.Column<string>(type: "TEXT", maxLength: 13, nullable: true),
                    OfficialUserName = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    NotBeforeUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    NotAfterUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Der = table.Column<byte[]>(type: "BLOB", nullable: false),
                    KeyId = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    RevokedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    RevocationReason = table.Column<string>(type: "TEXT", maxLength: 40, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_trust_certificates", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_trust_certificates_AgencyElectronicId",
                table: "trust_certificates",
                column: "AgencyElectronicId");

            migrationBuilder.CreateIndex(
                name: "IX_trust_certificates_SerialNumber",
                table: "trust_certificates",
                column: "SerialNumber",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "trust_certificates");
        }
    }
}
