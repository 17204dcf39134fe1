using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace LienThong.Documents.Persistence.Migrations.Sqlite
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
                type: "TEXT",
                nullable: false,
                defaultValue: "");

            migrationBuilder.CreateTable(
                name: "documents_attachments",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    DocumentId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Position = table.Column<int>(type: "INTEGER", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 150, nullable: false),
                    Content = table.Column<byte[]>(type: "BLOB", nullable: false),
                    Sealed = table.Column<bool>(type: "INTEGER", nullable: false),
                    UploadedBy = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    UploadedAt = table.Column<long>(type: "INTEGER", nullable: false)
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
