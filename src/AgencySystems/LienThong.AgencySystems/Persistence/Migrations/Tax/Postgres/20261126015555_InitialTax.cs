using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace LienThong.AgencySystems.Persistence.Migrations.Tax.Postgres
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
                    Number = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    MessageId = table.Column<string>(type: "character varying(36)", maxLength: 36, nullable: false),
                    DossierCode = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: false),
                    SlipNumber = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    TaxpayerId = table.Column<string>(type: "character varying(14)", maxLength: 14, nullable: false),
                    TaxpayerName = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Parcel = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    LandValue = table.Column<long>(type: "bigint", nullable: false),
                    TransferPrice = table.Column<long>(type: "bigint", nullable: false),
                    RegistrationFee = table.Column<long>(type: "bigint", nullable: false),
                    IncomeTax = table.Column<long>(type: "bigint", nullable: false),
                    Total = table.Column<long>(type: "bigint", nullable: false),
                    IssuedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    DueDate = table.Column<DateOnly>(type: "date", nullable: false),
                    Status = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false),
                    PaidAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    PaymentReference = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: true)
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
