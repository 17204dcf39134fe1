using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace LienThong.PublicServices.Persistence.Migrations.Postgres
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
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    DossierId = table.Column<Guid>(type: "uuid", nullable: false),
                    DossierCode = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true),
                    ProcedureCode = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    Kind = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    At = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    Actor = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Agency = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: true),
                    Unit = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: true),
                    Channel = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: true),
                    Step = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true),
                    BudgetDays = table.Column<double>(type: "double precision", nullable: true),
                    ElapsedSeconds = table.Column<double>(type: "double precision", nullable: true),
                    Detail = table.Column<string>(type: "text", nullable: true),
                    OnTime = table.Column<bool>(type: "boolean", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_publicservices_dossier_events", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "publicservices_dossier_files",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    DossierId = table.Column<Guid>(type: "uuid", nullable: false),
                    Component = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: false),
                    Source = table.Column<string>(type: "character varying(12)", maxLength: 12, nullable: false),
                    FileName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    ContentType = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: false),
                    Size = table.Column<long>(type: "bigint", nullable: false),
                    Sha256 = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    Content = table.Column<byte[]>(type: "bytea", nullable: false),
                    StoredDocument = table.Column<Guid>(type: "uuid", nullable: true),
                    MessageId = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true),
                    AddedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_publicservices_dossier_files", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "publicservices_dossier_legs",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    DossierId = table.Column<Guid>(type: "uuid", nullable: false),
                    ProcedureCode = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    Leg = table.Column<string>(type: "character varying(80)", maxLength: 80, nullable: false),
                    StartedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    EndedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    Succeeded = table.Column<bool>(type: "boolean", nullable: false),
                    MessageId = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_publicservices_dossier_legs", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "publicservices_dossiers",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Code = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true),
                    ProcedureCode = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    ProcedureVersion = table.Column<DateOnly>(type: "date", nullable: false),
                    ApplicantId = table.Column<string>(type: "character varying(12)", maxLength: 12, nullable: false),
                    ApplicantName = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    ApplicantUnit = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: true),
                    Status = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    Channel = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false),
                    Agency = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: true),
                    AgencyUnit = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: true),
                    Step = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true),
                    StepSince = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    Form = table.Column<string>(type: "text", nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    UpdatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    SubmittedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    Consent = table.Column<string>(type: "text", nullable: true),
                    ClockStart = table.Column<DateOnly>(type: "date", nullable: true),
                    Due = table.Column<DateOnly>(type: "date", nullable: true),
                    Pauses = table.Column<string>(type: "text", nullable: false),
                    SupplementRequest = table.Column<string>(type: "text", nullable: true),
                    AmountDue = table.Column<long>(type: "bigint", nullable: false),
                    Payment = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false),
                    PaymentReference = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    TaxNotice = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true),
                    Certificate = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true),
                    RefusalReason = table.Column<string>(type: "text", nullable: true),
                    Rating = table.Column<int>(type: "integer", nullable: true),
                    RatingComment = table.Column<string>(type: "text", nullable: true),
                    Revision = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_publicservices_dossiers", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "publicservices_stored_documents",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Owner = table.Column<string>(type: "character varying(12)", maxLength: 12, nullable: false),
                    EvidenceType = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: false),
                    Title = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    Issuer = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    IssuedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    FileName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    ContentType = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: false),
                    Sha256 = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    Content = table.Column<byte[]>(type: "bytea", nullable: false),
                    SourceDossier = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true),
                    AddedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
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
