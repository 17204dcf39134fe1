using LienThong.BuildingBlocks.Persistence;
using LienThong.Exchange.Domain;
using LienThong.Exchange.MessageLog;
using Microsoft.EntityFrameworkCore;

namespace LienThong.Exchange.Persistence;

internal class ExchangeDbContext(DbContextOptions options) : DbContext(options)
{
    public const string Module = "exchange";

    public DbSet<Subsystem> Subsystems => Set<Subsystem>();

    public DbSet<DataService> Services => Set<DataService>();

    public DbSet<AccessGrant> Grants => Set<AccessGrant>();

    public DbSet<LogRecord> LogRecords => Set<LogRecord>();

    public DbSet<LogCheckpoint> Checkpoints => Set<LogCheckpoint>();

    public DbSet<Delivery.OutboxMessage> Outbox => Set<Delivery.OutboxMessage>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<Subsystem>(e =>
        {
            e.ToTable("subsystems");
            e.HasKey(x => x.Id);
            e.Property(x => x.Identifier).HasMaxLength(200);
            e.Property(x => x.Instance).HasMaxLength(20);
            e.Property(x => x.MemberClass).HasMaxLength(10);
            e.Property(x => x.MemberCode).HasMaxLength(20);
            e.Property(x => x.Code).HasMaxLength(60);
            e.Property(x => x.Name).HasMaxLength(300);
            e.HasIndex(x => x.Identifier).IsUnique();
        });
        modelBuilder.Entity<DataService>(e =>
        {
            e.ToTable("services");
            e.HasKey(x => x.Id);
            e.Property(x => x.Identifier).HasMaxLength(260);
            e.Property(x => x.Subsystem).HasMaxLength(200);
            e.Property(x => x.Code).HasMaxLength(60);
            e.Property(x => x.Version).HasMaxLength(20);
            e.Property(x => x.Name).HasMaxLength(300);
            e.Property(x => x.Description).HasMaxLength(2000);
            e.Property(x => x.ProviderUrl).HasMaxLength(500);
            e.Property(x => x.Category).HasMaxLength(20);
            e.Property(x => x.LegalBasis).HasMaxLength(1000);
            e.HasIndex(x => x.Identifier).IsUnique();
            e.HasIndex(x => x.Subsystem);
        });
        modelBuilder.Entity<AccessGrant>(e =>
        {
            e.ToTable("grants");
            e.HasKey(x => x.Id);
            e.Property(x => x.Consumer).HasMaxLength(200);
            e.Property(x => x.Service).HasMaxLength(260);
            e.Property(x => x.Method).HasMaxLength(10);
            e.Property(x => x.PathPrefix).HasMaxLength(200);
            e.Property(x => x.Purposes).HasMaxLength(1000);
            e.Property(x => x.CreatedBy).HasMaxLength(200);
            e.Ignore(x => x.PurposeList);
            e.HasIndex(x => new { x.Consumer, x.Service });
        });
        modelBuilder.Entity<LogRecord>(e =>
        {
            e.ToTable("log_records");
            e.HasKey(x => x.Sequence);
            e.Property(x => x.Sequence).ValueGeneratedNever();
            e.Property(x => x.MessageId).HasMaxLength(36);
            e.Property(x => x.Consumer).HasMaxLength(200);
            e.Property(x => x.Service).HasMaxLength(260);
            e.Property(x => x.Method).HasMaxLength(10);
            e.Property(x => x.Path).HasMaxLength(1000);
            e.Property(x => x.Purpose).HasMaxLength(30);
            e.Property(x => x.Case).HasMaxLength(60);
            e.Property(x => x.User).HasMaxLength(100);
            e.Property(x => x.SubjectKey).HasMaxLength(64);
            e.Property(x => x.SubjectSealed).HasMaxLength(200);
            e.Property(x => x.RequestDigest).HasMaxLength(64);
            e.Property(x => x.ResponseDigest).HasMaxLength(64);
            e.Property(x => x.Outcome).HasMaxLength(20);
            e.Property(x => x.PreviousHash).HasMaxLength(64);
            e.Property(x => x.Hash).HasMaxLength(64);
            // Not unique: a consumer retrying a call with the same message id makes a second exchange, logged as such.
            e.HasIndex(x => x.MessageId);
            e.HasIndex(x => x.SubjectKey);
            e.HasIndex(x => new { x.Service, x.OccurredAt });
        });
        modelBuilder.Entity<LogCheckpoint>(e =>
        {
            e.ToTable("log_checkpoints");
            e.HasKey(x => x.Id);
            e.Property(x => x.ChainHash).HasMaxLength(64);
            e.HasIndex(x => x.UpToSequence).IsUnique();
        });
        modelBuilder.Entity<Delivery.OutboxMessage>(e =>
        {
            e.ToTable("outbox");
            e.HasKey(x => x.Id);
            e.Property(x => x.Id).HasMaxLength(36);
            e.Property(x => x.Consumer).HasMaxLength(200);
            e.Property(x => x.Service).HasMaxLength(260);
            e.Property(x => x.ProviderUrl).HasMaxLength(500);
            e.Property(x => x.Method).HasMaxLength(10);
            e.Property(x => x.Path).HasMaxLength(1000);
            e.Property(x => x.Purpose).HasMaxLength(30);
            e.Property(x => x.Case).HasMaxLength(60);
            e.Property(x => x.User).HasMaxLength(100);
            e.Property(x => x.SubjectKey).HasMaxLength(64);
            e.Property(x => x.SubjectSealed).HasMaxLength(200);
            e.Property(x => x.ContentType).HasMaxLength(200);
            e.Property(x => x.State).HasMaxLength(10);
            e.Property(x => x.LastError).HasMaxLength(1000);
            e.HasIndex(x => new { x.State, x.NextAttemptAt });
        });
        modelBuilder.UseModuleTables(Module);
    }
}

internal sealed class SqliteExchangeDbContext(DbContextOptions<SqliteExchangeDbContext> options) : ExchangeDbContext(options)
{
    /// <summary>SQLite cannot compare DateTimeOffset text; as binary (ticks and offset) instants filter and sort in the database.</summary>
    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder) =>
        configurationBuilder.Properties<DateTimeOffset>().HaveConversion<Microsoft.EntityFrameworkCore.Storage.ValueConversion.DateTimeOffsetToBinaryConverter>();
}

internal sealed class PostgresExchangeDbContext(DbContextOptions<PostgresExchangeDbContext> options) : ExchangeDbContext(options);

internal sealed class SqliteExchangeDesignTimeFactory() : DesignTimeFactory<SqliteExchangeDbContext>(DatabaseProvider.Sqlite, ExchangeDbContext.Module);

internal sealed class PostgresExchangeDesignTimeFactory() : DesignTimeFactory<PostgresExchangeDbContext>(DatabaseProvider.Postgres, ExchangeDbContext.Module);
