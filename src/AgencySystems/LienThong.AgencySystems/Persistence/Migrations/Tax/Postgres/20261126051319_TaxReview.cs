using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace LienThong.AgencySystems.Persistence.Migrations.Tax.Postgres
{
    /// <inheritdoc />
    public partial class TaxReview : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "Relationship",
                table: "tax_notices",
                type: "character varying(100)",
                maxLength: 100,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Review",
                table: "tax_notices",
                type: "character varying(1000)",
                maxLength: 1000,
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "Relationship",
                table: "tax_notices");

            migrationBuilder.DropColumn(
                name: "Review",
                table: "tax_notices");
        }
    }
}
