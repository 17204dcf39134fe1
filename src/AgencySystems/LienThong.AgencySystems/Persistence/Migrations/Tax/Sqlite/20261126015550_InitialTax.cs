using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace LienThong.AgencySystems.Persistence.Migrations.Tax.Sqlite
{
    /// <inheritdoc />
    public partial class InitialTax : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "tax_notices",
                columns: table => new
                {
                    Number = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    MessageId = table.Column<string>(type: "TEXT", maxLength: 36, nullable: false),
                    DossierCode = table.Column<string>(type: "TEXT", maxLength: 60, nullable: false),
                    SlipNumber = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    TaxpayerId = table.Column<string>(type: "TEXT", maxLength: 14, nullable: false),
                    TaxpayerName = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Parcel = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    LandValue = table.Column<long>(type: "INTEGER", nullable: false),
                    TransferPrice = table.Column<long>(type: "INTEGER", nullable: false),
                    RegistrationFee = table.Column<long>(type: "INTEGER", nullable: false),
                    IncomeTax = table.Column<long>(type: "INTEGER", nullable: false),
                    Total = table.Column<long>(type: "INTEGER", nullable: false),
                    IssuedAt = table.Column<DateTimeOffset>(type: "TEXT", nullable: false),
                    DueDate = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    PaidAt = table.Column<DateTimeOffset>(type: "TEXT", nullable: true),
                    PaymentReference = table.Column<string>(type: "TEXT", maxLength: 60, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_tax_notices", x => x.Number);
                });

            migrationBuilder.CreateIndex(
                name: "IX_tax_notices_DossierCode",
                table: "tax_notices",
                column: "DossierCode");

            migrationBuilder.CreateIndex(
                name: "IX_tax_notices_MessageId",
                table: "tax_notices",
                column: "MessageId",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "tax_notices");
        }
    }
}
