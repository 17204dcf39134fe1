using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace LienThong.Exchange.Persistence.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class InitialExchange : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "exchange_grants",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Consumer = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Service = table.Column<string>(type: "character varying(260)", maxLength: 260, nullable: false),
                    Method = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: true),
                    PathPrefix = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    Purposes = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    ValidFrom = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    ValidTo = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    RevokedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    CreatedBy = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_exchange_grants", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "exchange_log_checkpoints",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    UpToSequence = table.Column<long>(type: "bigint", nullable: false),
                    ChainHash = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    Signature = table.Column<byte[]>(type: "bytea", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_exchange_log_checkpoints", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "exchange_log_records",
                columns: table => new
                {
                    Sequence = table.Column<long>(type: "bigint", nullable: false),
                    MessageId = table.Column<string>(type: "character varying(36)", maxLength: 36, nullable: false),
                    OccurredAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    Consumer = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Service = table.Column<string>(type: "character varying(260)", maxLength: 260, nullable: false),
                    Method = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false),
                    Path = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    Purpose = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: true),
                    Case = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: true),
                    User = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    SubjectKey = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    SubjectSealed = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    RequestDigest = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    ResponseDigest = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    Status = table.Column<int>(type: "integer", nullable: false),
                    Outcome = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    RequestBytes = table.Column<long>(type: "bigint", nullable: false),
                    ResponseBytes = table.Column<long>(type: "bigint", nullable: false),
                    DurationMs = table.Column<double>(type: "double precision", nullable: false),
                    PreviousHash = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    Hash = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_exchange_log_records", x => x.Sequence);
                });

            migrationBuilder.CreateTable(
                name: "exchange_outbox",
                columns: table => new
                {
                    Id = table.Column<string>(type: "character varying(36)", maxLength: 36, nullable: false),
                    Consumer = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Service = table.Column<string>(type: "character varying(260)", maxLength: 260, nullable: false),
                    ProviderUrl = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    Method = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false),
                    Path = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    Purpose = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: true),
                    Case = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: true),
                    User = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    SubjectKey = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    SubjectSealed = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    ContentType = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    Body = table.Column<byte[]>(type: "bytea", nullable: false),
                    State = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false),
                    Attempts = table.Column<int>(type: "integer", nullable: false),
                    NextAttemptAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    LockedUntil = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    LastError = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    DeliveredAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_exchange_outbox", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "exchange_services",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Identifier = table.Column<string>(type: "character varying(260)", maxLength: 260, nullable: false),
                    Subsystem = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Code = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: false),
                    Version = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Name = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    Description = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    ProviderUrl = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    OpenApi = table.Column<string>(type: "text", nullable: false),
                    Category = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    PersonalData = table.Column<bool>(type: "boolean", nullable: false),
                    LegalBasis = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_exchange_services", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "exchange_subsystems",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Identifier = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Instance = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    MemberClass = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false),
                    MemberCode = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Code = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: false),
                    Name = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_exchange_subsystems", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_exchange_grants_Consumer_Service",
                table: "exchange_grants",
                columns: new[] { "Consumer", "Service" });

            migrationBuilder.CreateIndex(
                name: "IX_exchange_log_checkpoints_UpToSequence",
                table: "exchange_log_checkpoints",
                column: "UpToSequence",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_exchange_log_records_MessageId",
                table: "exchange_log_records",
                column: "MessageId");

            migrationBuilder.CreateIndex(
                name: "IX_exchange_log_records_Service_OccurredAt",
                table: "exchange_log_records",
                columns: new[] { "Service", "OccurredAt" });

            migrationBuilder.CreateIndex(
                name: "IX_exchange_log_records_SubjectKey",
                table: "exchange_log_records",
                column: "SubjectKey");

            migrationBuilder.CreateIndex(
                name: "IX_exchange_outbox_State_NextAttemptAt",
                table: "exchange_outbox",
                columns: new[] { "State", "NextAttemptAt" });

            migrationBuilder.CreateIndex(
                name: "IX_exchange_services_Identifier",
                table: "exchange_services",
                column: "Identifier",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_exchange_services_Subsystem",
                table: "exchange_services",
                column: "Subsystem");

            migrationBuilder.CreateIndex(
                name: "IX_exchange_subsystems_Identifier",
                table: "exchange_subsystems",
                column: "Identifier",
                unique: true);

            // The message log and its checkpoints are append-only: the database itself refuses changes and deletions.
            migrationBuilder.Sql("""
                CREATE FUNCTION exchange_log_refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
                BEGIN RAISE EXCEPTION 'the message log is append-only'; END; $$;
                CREATE TRIGGER exchange_log_records_append_only BEFORE UPDATE OR DELETE OR TRUNCATE ON exchange_log_records
                FOR EACH STATEMENT EXECUTE FUNCTION exchange_log_refuse_change();
                CREATE TRIGGER exchange_log_checkpoints_append_only BEFORE UPDATE OR DELETE OR TRUNCATE ON exchange_log_checkpoints
                FOR EACH STATEMENT EXECUTE FUNCTION exchange_log_refuse_change();
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "exchange_grants");

            migrationBuilder.DropTable(
                name: "exchange_log_checkpoints");

            migrationBuilder.DropTable(
                name: "exchange_log_records");

            migrationBuilder.DropTable(
                name: "exchange_outbox");

            migrationBuilder.DropTable(
                name: "exchange_services");

            migrationBuilder.DropTable(
                name: "exchange_subsystems");

            migrationBuilder.Sql("DROP FUNCTION exchange_log_refuse_change();");
        }
    }
}
