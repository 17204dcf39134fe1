using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace LienThong.PublicServices.Persistence.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class Dossiers : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "publicservices_dossier_events",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    DossierId = table.Column<Guid>(type: "TEXT", nullable: false),
                    DossierCode = table.Column<string>(type: "TEXT", maxLength: 40, nullable: true),
                    ProcedureCode = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    At = table.Column<long>(type: "INTEGER", nullable: false),
                    Actor = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Agency = table.Column<string>(type: "TEXT", maxLength: 20, nullable: true),
                    Unit = table.Column<string>(type: "TEXT", maxLength: 10, nullable: true),
                    Channel = table.Column<string>(type: "TEXT", maxLength: 10, nullable: true),
                    Step = table.Column<string>(type: "TEXT", maxLength: 40, nullable: true),
                    BudgetDays = table.Column<double>(type: "REAL", nullable: true),
                    ElapsedSeconds = table.Column<double>(type: "REAL", nullable: true),
                    Detail = table.Column<string>(type: "TEXT", nullable: true),
                    OnTime = table.Column<bool>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_publicservices_dossier_events", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "publicservices_dossier_files",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    DossierId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Component = table.Column<string>(type: "TEXT", maxLength: 60, nullable: false),
                    Source = table.Column<string>(type: "TEXT", maxLength: 12, nullable: false),
                    FileName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    ContentType = table.Column<string>(type: "TEXT", maxLength: 60, nullable: false),
                    Size = table.Column<long>(type: "INTEGER", nullable: false),
                    Sha256 = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Content = table.Column<byte[]>(type: "BLOB", nullable: false),
                    StoredDocument = table.Column<Guid>(type: "TEXT", nullable: true),
                    MessageId = table.Column<string>(type: "TEXT", maxLength: 40, nullable: true),
                    AddedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_publicservices_dossier_files", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "publicservices_dossier_legs",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    DossierId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ProcedureCode = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    Leg = table.Column<string>(type: "TEXT", maxLength: 80, nullable: false),
                    StartedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    EndedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    Succeeded = table.Column<bool>(type: "INTEGER", nullable: false),
                    MessageId = table.Column<string>(type: "TEXT", maxLength: 40, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_publicservices_dossier_legs", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "publicservices_dossiers",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Code = table.Column<string>(type: "TEXT", maxLength: 40, nullable: true),
                    ProcedureCode = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    ProcedureVersion = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    ApplicantId = table.Column<string>(type: "TEXT", maxLength: 12, nullable: false),
                    ApplicantName = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    ApplicantUnit = table.Column<string>(type: "TEXT", maxLength: 10, nullable: true),
                    Status = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    Channel = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    Agency = table.Column<string>(type: "TEXT", maxLength: 20, nullable: true),
                    AgencyUnit = table.Column<string>(type: "TEXT", maxLength: 10, nullable: true),
                    Step = table.Column<string>(type: "TEXT", maxLength: 40, nullable: true),
                    StepSince = table.Column<long>(type: "INTEGER", nullable: true),
                    Form = table.Column<string>(type: "TEXT", nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    UpdatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    SubmittedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    Consent = table.Column<string>(type: "TEXT", nullable: true),
                    ClockStart = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Due = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Pauses = table.Column<string>(type: "TEXT", nullable: false),
                    SupplementRequest = table.Column<string>(type: "TEXT", nullable: true),
                    AmountDue = table.Column<long>(type: "INTEGER", nullable: false),
                    Payment = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    PaymentReference = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    TaxNotice = table.Column<string>(type: "TEXT", maxLength: 40, nullable: true),
                    Certificate = table.Column<string>(type: "TEXT", maxLength: 40, nullable: true),
                    RefusalReason = table.Column<string>(type: "TEXT", nullable: true),
                    Rating = table.Column<int>(type: "INTEGER", nullable: true),
                    RatingComment = table.Column<string>(type: "TEXT", nullable: true),
                    Revision = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_publicservices_dossiers", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "publicservices_stored_documents",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Owner = table.Column<string>(type: "TEXT", maxLength: 12, nullable: false),
                    EvidenceType = table.Column<string>(type: "TEXT", maxLength: 60, nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    Issuer = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    IssuedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    FileName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    ContentType = table.Column<string>(type: "TEXT", maxLength: 60, nullable: false),
                    Sha256 = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Content = table.Column<byte[]>(type: "BLOB", nullable: false),
                    SourceDossier = table.Column<string>(type: "TEXT", maxLength: 40, nullable: true),
                    AddedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_publicservices_stored_documents", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_publicservices_dossier_events_DossierId",
                table: "publicservices_dossier_events",
                column: "DossierId");

            migrationBuilder.CreateIndex(
                name: "IX_publicservices_dossier_files_DossierId",
                table: "publicservices_dossier_files",
                column: "DossierId");

            migrationBuilder.CreateIndex(
                name: "IX_publicservices_dossier_legs_DossierId",
                table: "publicservices_dossier_legs",
                column: "DossierId");

            migrationBuilder.CreateIndex(
                name: "IX_publicservices_dossier_legs_Leg_StartedAt",
                table: "publicservices_dossier_legs",
                columns: new[] { "Leg", "StartedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_publicservices_dossiers_Agency_Status",
                table: "publicservices_dossiers",
                columns: new[] { "Agency", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_publicservices_dossiers_ApplicantId_UpdatedAt",
                table: "publicservices_dossiers",
                columns: new[] { "ApplicantId", "UpdatedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_publicservices_dossiers_Code",
                table: "publicservices_dossiers",
                column: "Code",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_publicservices_stored_documents_Owner_EvidenceType",
                table: "publicservices_stored_documents",
                columns: new[] { "Owner", "EvidenceType" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "publicservices_dossier_events");

            migrationBuilder.DropTable(
                name: "publicservices_dossier_files");

            migrationBuilder.DropTable(
                name: "publicservices_dossier_legs");

            migrationBuilder.DropTable(
                name: "publicservices_dossiers");

            migrationBuilder.DropTable(
                name: "publicservices_stored_documents");
        }
    }
}
