using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace LienThong.Trust.Persistence.Migrations.Postgres
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
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    SerialNumber = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    Profile = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Subject = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    IssuerSerialNumber = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    AgencyElectronicId = table.Column<string>(type: "character varying(13)", maxLength: 13, nullable: true),
                    OfficialUserName = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    NotBeforeUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    NotAfterUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    Der = table.Column<byte[]>(type: "bytea", nullable: false),
                    KeyId = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    RevokedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    RevocationReason = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true)
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
