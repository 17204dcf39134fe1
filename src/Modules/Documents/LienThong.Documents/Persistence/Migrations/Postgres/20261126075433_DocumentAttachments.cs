using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace LienThong.Documents.Persistence.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class DocumentAttachments : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "AttachmentsText",
                table: "documents_documents",
                type: "text",
                nullable: false,
                defaultValue: "");

            migrationBuilder.CreateTable(
                name: "documents_attachments",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    DocumentId = table.Column<Guid>(type: "uuid", nullable: false),
                    Position = table.Column<int>(type: "integer", nullable: false),
                    Name = table.Column<string>(type: "character varying(150)", maxLength: 150, nullable: false),
                    Content = table.Column<byte[]>(type: "bytea", nullable: false),
                    Sealed = table.Column<bool>(type: "boolean", nullable: false),
                    UploadedBy = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    UploadedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_documents_attachments", x => x.Id);
                    table.ForeignKey(
                        name: "FK_documents_attachments_documents_documents_DocumentId",
                        column: x => x.DocumentId,
                        principalTable: "documents_documents",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_documents_attachments_DocumentId_Position",
                table: "documents_attachments",
                columns: new[] { "DocumentId", "Position" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "documents_attachments");

            migrationBuilder.DropColumn(
                name: "AttachmentsText",
                table: "documents_documents");
        }
    }
}
