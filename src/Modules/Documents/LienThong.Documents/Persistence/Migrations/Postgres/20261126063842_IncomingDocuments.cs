using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace LienThong.Documents.Persistence.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class IncomingDocuments : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "documents_incoming",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Agency = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    DocumentId = table.Column<string>(type: "character varying(80)", maxLength: 80, nullable: false),
                    FromOrganId = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    FromName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    CodeNumber = table.Column<string>(type: "character varying(11)", maxLength: 11, nullable: false),
                    CodeNotation = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    PromulgationDate = table.Column<DateOnly>(type: "date", nullable: false),
                    TypeName = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Subject = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    SignerPosition = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    SignerName = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: true),
                    Priority = table.Column<int>(type: "integer", nullable: false),
                    DueDate = table.Column<DateOnly>(type: "date", nullable: true),
                    ArrivedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    ArrivalNumber = table.Column<int>(type: "integer", nullable: true),
                    ArrivalYear = table.Column<int>(type: "integer", nullable: true),
                    ArrivalDate = table.Column<DateOnly>(type: "date", nullable: true),
                    Status = table.Column<string>(type: "character varying(2)", maxLength: 2, nullable: false),
                    Package = table.Column<byte[]>(type: "bytea", nullable: false),
                    Revision = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_documents_incoming", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_documents_incoming_Agency_ArrivalYear_ArrivalNumber",
                table: "documents_incoming",
                columns: new[] { "Agency", "ArrivalYear", "ArrivalNumber" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_documents_incoming_Agency_DocumentId",
                table: "documents_incoming",
                columns: new[] { "Agency", "DocumentId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_documents_incoming_Agency_FromOrganId_CodeNumber_CodeNotati~",
                table: "documents_incoming",
                columns: new[] { "Agency", "FromOrganId", "CodeNumber", "CodeNotation", "PromulgationDate" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "documents_incoming");
        }
    }
}
