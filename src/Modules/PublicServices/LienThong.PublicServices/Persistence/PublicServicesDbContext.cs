using LienThong.BuildingBlocks.Persistence;
using LienThong.PublicServices.Domain;
using Microsoft.EntityFrameworkCore;

namespace LienThong.PublicServices.Persistence;

internal class PublicServicesDbContext(DbContextOptions options) : DbContext(options)
{
    public const string Module = "publicservices";

    public DbSet<Procedure> Procedures => Set<Procedure>();

    public DbSet<DossierCounter> DossierCounters => Set<DossierCounter>();

    public DbSet<Dossier> Dossiers => Set<Dossier>();

    public DbSet<DossierFile> DossierFiles => Set<DossierFile>();

    public DbSet<DossierEvent> DossierEvents => Set<DossierEvent>();

    public DbSet<DossierLeg> DossierLegs => Set<DossierLeg>();

    public DbSet<StoredDocument> StoredDocuments => Set<StoredDocument>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<Procedure>(e =>
        {
            e.ToTable("procedures");
            e.HasKey(x => x.Id);
            e.Property(x => x.Code).HasMaxLength(30);
            e.Property(x => x.Name).HasMaxLength(500);
            e.Property(x => x.NameFolded).HasMaxLength(500);
            e.Property(x => x.Field).HasMaxLength(200);
            e.Property(x => x.Level).HasMaxLength(10);
            e.HasIndex(x => new { x.Code, x.ValidFrom }).IsUnique();
        });
        modelBuilder.Entity<DossierCounter>(e =>
        {
            e.ToTable("dossier_counters");
            e.HasKey(x => new { x.Agency, x.Day });
            e.Property(x => x.Agency).HasMaxLength(20);
        });
        modelBuilder.Entity<Dossier>(e =>
        {
            e.ToTable("dossiers");
            e.HasKey(x => x.Id);
            e.Property(x => x.Code).HasMaxLength(40);
            e.HasIndex(x => x.Code).IsUnique();
            e.Property(x => x.ProcedureCode).HasMaxLength(30);
            e.Property(x => x.ApplicantId).HasMaxLength(12);
            e.Property(x => x.ApplicantName).HasMaxLength(100);
            e.Property(x => x.ApplicantUnit).HasMaxLength(10);
            e.Property(x => x.Status).HasConversion<string>().HasMaxLength(30);
            e.Property(x => x.Channel).HasMaxLength(10);
            e.Property(x => x.Agency).HasMaxLength(20);
            e.Property(x => x.AgencyUnit).HasMaxLength(10);
            e.Property(x => x.Step).HasMaxLength(40);
            e.Property(x => x.Payment).HasMaxLength(10);
            e.Property(x => x.PaymentReference).HasMaxLength(100);
            e.Property(x => x.TaxNotice).HasMaxLength(40);
            e.Property(x => x.Certificate).HasMaxLength(40);
            e.Property(x => x.Revision).IsConcurrencyToken();
            e.HasIndex(x => new { x.ApplicantId, x.UpdatedAt });
            e.HasIndex(x => new { x.Agency, x.Status });
        });
        modelBuilder.Entity<DossierFile>(e =>
        {
            e.ToTable("dossier_files");
            e.HasKey(x => x.Id);
            e.Property(x => x.Component).HasMaxLength(60);
            e.Property(x => x.Source).HasMaxLength(12);
            e.Property(x => x.FileName).HasMaxLength(200);
            e.Property(x => x.ContentType).HasMaxLength(60);
            e.Property(x => x.Sha256).HasMaxLength(64);
            e.Property(x => x.MessageId).HasMaxLength(40);
            e.HasIndex(x => x.DossierId);
        });
        modelBuilder.Entity<DossierEvent>(e =>
        {
            e.ToTable("dossier_events");
            e.HasKey(x => x.Id);
            e.Property(x => x.DossierCode).HasMaxLength(40);
            e.Property(x => x.ProcedureCode).HasMaxLength(30);
            e.Property(x => x.Kind).HasMaxLength(30);
            e.Property(x => x.Actor).HasMaxLength(100);
            e.Property(x => x.Agency).HasMaxLength(20);
            e.Property(x => x.Unit).HasMaxLength(10);
            e.Property(x => x.Channel).HasMaxLength(10);
            e.Property(x => x.Step).HasMaxLength(40);
            e.HasIndex(x => x.DossierId);
        });
        modelBuilder.Entity<DossierLeg>(e =>
        {
            e.ToTable("dossier_legs");
            e.HasKey(x => x.Id);
            e.Property(x => x.ProcedureCode).HasMaxLength(30);
            e.Property(x => x.Leg).HasMaxLength(80);
            e.Property(x => x.MessageId).HasMaxLength(40);
            e.HasIndex(x => x.DossierId);
            e.HasIndex(x => new { x.Leg, x.StartedAt });
        });
        modelBuilder.Entity<StoredDocument>(e =>
        {
            e.ToTable("stored_documents");
            e.HasKey(x => x.Id);
            e.Property(x => x.Owner).HasMaxLength(12);
            e.Property(x => x.EvidenceType).HasMaxLength(60);
            e.Property(x => x.Title).HasMaxLength(300);
            e.Property(x => x.Issuer).HasMaxLength(300);
            e.Property(x => x.FileName).HasMaxLength(200);
            e.Property(x => x.ContentType).HasMaxLength(60);
            e.Property(x => x.Sha256).HasMaxLength(64);
            e.Property(x => x.SourceDossier).HasMaxLength(40);
            e.HasIndex(x => new { x.Owner, x.EvidenceType });
        });
        modelBuilder.UseModuleTables(Module);
    }
}

internal sealed class SqlitePublicServicesDbContext(DbContextOptions<SqlitePublicServicesDbContext> options) : PublicServicesDbContext(options)
{
    // SQLite has no date-time type: stored as binary (ticks and offset), so that times compare and sort in queries.
    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder) =>
        configurationBuilder.Properties<DateTimeOffset>().HaveConversion<Microsoft.EntityFrameworkCore.Storage.ValueConversion.DateTimeOffsetToBinaryConverter>();
}

internal sealed class PostgresPublicServicesDbContext(DbContextOptions<PostgresPublicServicesDbContext> options) : PublicServicesDbContext(options);

internal sealed class SqlitePublicServicesDesignTimeFactory()
    : DesignTimeFactory<SqlitePublicServicesDbContext>(DatabaseProvider.Sqlite, PublicServicesDbContext.Module);

internal sealed class PostgresPublicServicesDesignTimeFactory()
    : DesignTimeFactory<PostgresPublicServicesDbContext>(DatabaseProvider.Postgres, PublicServicesDbContext.Module);
