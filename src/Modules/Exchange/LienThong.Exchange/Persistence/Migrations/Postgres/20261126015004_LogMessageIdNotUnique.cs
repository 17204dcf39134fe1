using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace LienThong.Exchange.Persistence.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class LogMessageIdNotUnique : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_exchange_log_records_MessageId",
                table: "exchange_log_records");

            migrationBuilder.CreateIndex(
                name: "IX_exchange_log_records_MessageId",
                table: "exchange_log_records",
                column: "MessageId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_exchange_log_records_MessageId",
                table: "exchange_log_records");

            migrationBuilder.CreateIndex(
                name: "IX_exchange_log_records_MessageId",
                table: "exchange_log_records",
                column: "MessageId",
                unique: true);
        }
    }
}
