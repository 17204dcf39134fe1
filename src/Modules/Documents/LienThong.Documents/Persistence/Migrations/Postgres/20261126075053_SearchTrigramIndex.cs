using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace LienThong.Documents.Persistence.Migrations.Postgres
{
    /// <summary>
    /// Search by words anywhere in the folded text (LIKE '%word%') from a trigram index rather than a scan: pg_trgm is a
    /// trusted extension (PostgreSQL 13+), so the database owner may create it.
    /// </summary>
    public partial class SearchTrigramIndex : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("CREATE EXTENSION IF NOT EXISTS pg_trgm;");
            migrationBuilder.Sql("CREATE INDEX \"IX_documents_documents_SearchText_trgm\" ON documents_documents USING gin (\"SearchText\" gin_trgm_ops);");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("DROP INDEX \"IX_documents_documents_SearchText_trgm\";");
        }
    }
}
