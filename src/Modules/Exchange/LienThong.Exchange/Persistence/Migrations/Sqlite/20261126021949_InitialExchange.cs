using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace LienThong.Exchange.Persistence.Migrations.Sqlite
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
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Consumer = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Service = table.Column<string>(type: "TEXT", maxLength: 260, nullable: false),
                    Method = table.Column<string>(type: "TEXT", maxLength: 10, nullable: true),
                    PathPrefix = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    Purposes = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    ValidFrom = table.Column<long>(type: "INTEGER", nullable: false),
                    ValidTo = table.Column<long>(type: "INTEGER", nullable: true),
                    RevokedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    CreatedBy = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_exchange_grants", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "exchange_log_checkpoints",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    UpToSequence = table.Column<long>(type: "INTEGER", nullable: false),
                    ChainHash = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    Signature = table.Column<byte[]>(type: "BLOB", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_exchange_log_checkpoints", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "exchange_log_records",
                columns: table => new
                {
                    Sequence = table.Column<long>(type: "INTEGER", nullable: false),
                    MessageId = table.Column<string>(type: "TEXT", maxLength: 36, nullable: false),
                    OccurredAt = table.Column<long>(type: "INTEGER", nullable: false),
                    Consumer = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Service = table.Column<string>(type: "TEXT", maxLength: 260, nullable: false),
                    Method = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    Path = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    Purpose = table.Column<string>(type: "TEXT", maxLength: 30, nullable: true),
                    Case = table.Column<string>(type: "TEXT", maxLength: 60, nullable: true),
                    User = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    SubjectKey = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    SubjectSealed = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    RequestDigest = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    ResponseDigest = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    Status = table.Column<int>(type: "INTEGER", nullable: false),
                    Outcome = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    RequestBytes = table.Column<long>(type: "INTEGER", nullable: false),
                    ResponseBytes = table.Column<long>(type: "INTEGER", nullable: false),
                    DurationMs = table.Column<double>(type: "REAL", nullable: false),
                    PreviousHash = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Hash = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_exchange_log_records", x => x.Sequence);
                });

            migrationBuilder.CreateTable(
                name: "exchange_outbox",
                columns: table => new
                {
                    Id = table.Column<string>(type: "TEXT", maxLength: 36, nullable: false),
                    Consumer = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Service = table.Column<string>(type: "TEXT", maxLength: 260, nullable: false),
                    ProviderUrl = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    Method = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    Path = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    Purpose = table.Column<string>(type: "TEXT", maxLength: 30, nullable: true),
                    Case = table.Column<string>(type: "TEXT", maxLength: 60, nullable: true),
                    User = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    SubjectKey = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    SubjectSealed = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    ContentType = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    Body = table.Column<byte[]>(type: "BLOB", nullable: false),
                    State = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    Attempts = table.Column<int>(type: "INTEGER", nullable: false),
                    NextAttemptAt = table.Column<long>(type: "INTEGER", nullable: false),
                    LockedUntil = table.Column<long>(type: "INTEGER", nullable: true),
                    LastError = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    DeliveredAt = table.Column<long>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_exchange_outbox", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "exchange_services",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Identifier = table.Column<string>(type: "TEXT", maxLength: 260, nullable: false),
                    Subsystem = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Code = table.Column<string>(type: "TEXT", maxLength: 60, nullable: false),
                    Version = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    Description = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    ProviderUrl = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    OpenApi = table.Column<string>(type: "TEXT", nullable: false),
                    Category = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    PersonalData = table.Column<bool>(type: "INTEGER", nullable: false),
                    LegalBasis = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_exchange_services", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "exchange_subsystems",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Identifier = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Instance = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    MemberClass = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    MemberCode = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Code = table.Column<string>(type: "TEXT", maxLength: 60, nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false)
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
            foreach (var table in new[] { "exchange_log_records", "exchange_log_checkpoints" })
            {
                migrationBuilder.Sql($"CREATE TRIGGER {table}_no_update BEFORE UPDATE ON {table} BEGIN SELECT RAISE(ABORT, 'the message log is append-only'); END;");
                migrationBuilder.Sql($"CREATE TRIGGER {table}_no_delete BEFORE DELETE ON {table} BEGIN SELECT RAISE(ABORT, 'the message log is append-only'); END;");
            }
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
        }
    }
}
