using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace LienThong.Documents.Persistence.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class DocumentSearchText : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "SearchText",
                table: "documents_documents",
                type: "text",
                nullable: false,
                defaultValue: "");

            migrationBuilder.CreateIndex(
                name: "IX_documents_documents_Agency_CreatedAt",
                table: "documents_documents",
                columns: new[] { "Agency", "CreatedAt" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_documents_documents_Agency_CreatedAt",
                table: "documents_documents");

            migrationBuilder.DropColumn(
                name: "SearchText",
                table: "documents_documents");
        }
    }
}
