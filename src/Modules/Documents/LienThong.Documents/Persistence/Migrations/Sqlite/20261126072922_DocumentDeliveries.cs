using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace LienThong.Documents.Persistence.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class DocumentDeliveries : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "AssignedTo",
                table: "documents_incoming",
                type: "TEXT",
                maxLength: 100,
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "BusinessType",
                table: "documents_incoming",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<string>(
                name: "History",
                table: "documents_incoming",
                type: "TEXT",
                nullable: false,
                defaultValue: "[]");

            migrationBuilder.AddColumn<string>(
                name: "MessageId",
                table: "documents_incoming",
                type: "TEXT",
                maxLength: 36,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "RecallReason",
                table: "documents_incoming",
                type: "TEXT",
                maxLength: 1000,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "RelatedDocumentId",
                table: "documents_incoming",
                type: "TEXT",
                maxLength: 80,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "SupersededBy",
                table: "documents_incoming",
                type: "TEXT",
                maxLength: 80,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "BusinessReason",
                table: "documents_documents",
                type: "TEXT",
                maxLength: 500,
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "BusinessType",
                table: "documents_documents",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<string>(
                name: "RelatedDocumentId",
                table: "documents_documents",
                type: "TEXT",
                maxLength: 80,
                nullable: true);

            migrationBuilder.CreateTable(
                name: "documents_deliveries",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    DocumentId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Agency = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Recipient = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    RecipientName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    MessageId = table.Column<string>(type: "TEXT", maxLength: 36, nullable: false),
                    SentAt = table.Column<long>(type: "INTEGER", nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 2, nullable: true),
                    StatusAt = table.Column<long>(type: "INTEGER", nullable: true),
                    History = table.Column<string>(type: "TEXT", nullable: false),
                    Revision = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_documents_deliveries", x => x.Id);
                    table.ForeignKey(
                        name: "FK_documents_deliveries_documents_documents_DocumentId",
                        column: x => x.DocumentId,
                        principalTable: "documents_documents",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_documents_incoming_MessageId",
                table: "documents_incoming",
                column: "MessageId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_documents_deliveries_DocumentId_Recipient",
                table: "documents_deliveries",
                columns: new[] { "DocumentId", "Recipient" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "documents_deliveries");

            migrationBuilder.DropIndex(
                name: "IX_documents_incoming_MessageId",
                table: "documents_incoming");

            migrationBuilder.DropColumn(
                name: "AssignedTo",
                table: "documents_incoming");

            migrationBuilder.DropColumn(
                name: "BusinessType",
                table: "documents_incoming");

            migrationBuilder.DropColumn(
                name: "History",
                table: "documents_incoming");

            migrationBuilder.DropColumn(
                name: "MessageId",
                table: "documents_incoming");

            migrationBuilder.DropColumn(
                name: "RecallReason",
                table: "documents_incoming");

            migrationBuilder.DropColumn(
                name: "RelatedDocumentId",
                table: "documents_incoming");

            migrationBuilder.DropColumn(
                name: "SupersededBy",
                table: "documents_incoming");

            migrationBuilder.DropColumn(
                name: "BusinessReason",
                table: "documents_documents");

            migrationBuilder.DropColumn(
                name: "BusinessType",
                table: "documents_documents");

            migrationBuilder.DropColumn(
                name: "RelatedDocumentId",
                table: "documents_documents");
        }
    }
}
