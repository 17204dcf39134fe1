using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace LienThong.Documents.Persistence.Migrations.Sqlite
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
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Agency = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    DocumentId = table.Column<string>(type: "TEXT", maxLength: 80, nullable: false),
                    FromOrganId = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    FromName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    CodeNumber = table.Column<string>(type: "TEXT", maxLength: 11, nullable: false),
                    CodeNotation = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    PromulgationDate = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    TypeName = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Subject = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    SignerPosition = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    SignerName = table.Column<string>(type: "TEXT", maxLength: 50, nullable: true),
                    Priority = table.Column<int>(type: "INTEGER", nullable: false),
                    DueDate = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    ArrivedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    ArrivalNumber = table.Column<int>(type: "INTEGER", nullable: true),
                    ArrivalYear = table.Column<int>(type: "INTEGER", nullable: true),
                    ArrivalDate = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Status = table.Column<string>(type: "TEXT", maxLength: 2, nullable: false),
                    Package = table.Column<byte[]>(type: "BLOB", nullable: false),
                    Revision = table.Column<int>(type: "INTEGER", nullable: false)
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
                name: "IX_documents_incoming_Agency_FromOrganId_CodeNumber_CodeNotation_PromulgationDate",
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
