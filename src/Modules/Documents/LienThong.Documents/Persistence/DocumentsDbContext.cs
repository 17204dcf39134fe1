using LienThong.BuildingBlocks.Persistence;
using LienThong.Documents.Domain;
using Microsoft.EntityFrameworkCore;

namespace LienThong.Documents.Persistence;

internal class DocumentsDbContext(DbContextOptions options) : DbContext(options)
{
    public const string Module = "documents";

    public DbSet<NumberSeries> NumberSeries => Set<NumberSeries>();

    public DbSet<OfficialDocument> Documents => Set<OfficialDocument>();

    public DbSet<IncomingDocument> Incoming => Set<IncomingDocument>();

    public DbSet<DocumentDelivery> Deliveries => Set<DocumentDelivery>();

    public DbSet<DocumentAttachment> Attachments => Set<DocumentAttachment>();

    public DbSet<DocumentEvent> Events => Set<DocumentEvent>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<NumberSeries>(e =>
        {
            e.ToTable("number_series");
            e.HasKey(x => new { x.Agency, x.Year, x.Series });
            e.Property(x => x.Agency).HasMaxLength(20);
            e.Property(x => x.Series).HasMaxLength(30);
        });
        modelBuilder.Entity<OfficialDocument>(e =>
        {
            e.ToTable("documents");
            e.HasKey(x => x.Id);
            e.Property(x => x.Agency).HasMaxLength(20);
            e.Property(x => x.AgencyName).HasMaxLength(200);
            e.Property(x => x.ParentAgency).HasMaxLength(200);
            e.Property(x => x.IssuerAbbreviation).HasMaxLength(12);
            e.Property(x => x.TypeCode).HasMaxLength(6);
            e.Property(x => x.Subject).HasMaxLength(500);
            e.Property(x => x.DraftingUnit).HasMaxLength(12);
            e.Property(x => x.Series).HasMaxLength(30);
            e.Property(x => x.Urgency).HasMaxLength(20);
            e.Property(x => x.Secrecy).HasMaxLength(20);
            e.Property(x => x.Signer).HasMaxLength(100);
            e.Property(x => x.SignerCompetence).HasMaxLength(100);
            e.Property(x => x.SignerTitle).HasMaxLength(100);
            e.Property(x => x.SignerName).HasMaxLength(100);
            e.Property(x => x.Place).HasMaxLength(100);
            e.Property(x => x.Status).HasConversion<string>().HasMaxLength(12);
            e.Property(x => x.Notation).HasMaxLength(30);
            e.Property(x => x.CreatedBy).HasMaxLength(100);
            e.Property(x => x.RelatedDocumentId).HasMaxLength(80);
            e.Property(x => x.BusinessReason).HasMaxLength(500);
            e.Property(x => x.Revision).IsConcurrencyToken();
            // Number + notation + issuer are unique per year (Decree 30 Art. 15; Appendix VI asks to alert on duplicates).
            e.HasIndex(x => new { x.Agency, x.Year, x.Series, x.Number }).IsUnique();
            e.HasIndex(x => new { x.Agency, x.Status });
            e.HasIndex(x => new { x.Agency, x.CreatedAt });
        });
        modelBuilder.Entity<IncomingDocument>(e =>
        {
            e.ToTable("incoming");
            e.HasKey(x => x.Id);
            e.Property(x => x.Agency).HasMaxLength(20);
            e.Property(x => x.DocumentId).HasMaxLength(80);
            e.Property(x => x.FromOrganId).HasMaxLength(20);
            e.Property(x => x.FromName).HasMaxLength(200);
            e.Property(x => x.CodeNumber).HasMaxLength(11);
            e.Property(x => x.CodeNotation).HasMaxLength(30);
            e.Property(x => x.TypeName).HasMaxLength(100);
            e.Property(x => x.Subject).HasMaxLength(500);
            e.Property(x => x.SignerPosition).HasMaxLength(100);
            e.Property(x => x.SignerName).HasMaxLength(50);
            e.Property(x => x.Status).HasMaxLength(2);
            e.Property(x => x.MessageId).HasMaxLength(36);
            e.Property(x => x.AssignedTo).HasMaxLength(100);
            e.Property(x => x.RecallReason).HasMaxLength(1000);
            e.Property(x => x.RelatedDocumentId).HasMaxLength(80);
            e.Property(x => x.SupersededBy).HasMaxLength(80);
            e.Property(x => x.Revision).IsConcurrencyToken();
            // One copy per receiving agency of a document (by its identifier, and by number + notation + issuer).
            e.HasIndex(x => new { x.Agency, x.DocumentId }).IsUnique();
            e.HasIndex(x => new { x.Agency, x.FromOrganId, x.CodeNumber, x.CodeNotation, x.PromulgationDate }).IsUnique();
            e.HasIndex(x => new { x.Agency, x.ArrivalYear, x.ArrivalNumber }).IsUnique();
            e.HasIndex(x => x.MessageId).IsUnique();
        });
        modelBuilder.Entity<DocumentEvent>(e =>
        {
            e.ToTable("events");
            e.HasKey(x => x.Id);
            e.Property(x => x.Kind).HasMaxLength(40);
            e.Property(x => x.Agency).HasMaxLength(20);
            e.Property(x => x.Unit).HasMaxLength(10);
            e.Property(x => x.DocumentId).HasMaxLength(80);
            e.Property(x => x.Counterpart).HasMaxLength(20);
            e.Property(x => x.Channel).HasMaxLength(20);
        });
        modelBuilder.Entity<DocumentAttachment>(e =>
        {
            e.ToTable("attachments");
            e.HasKey(x => x.Id);
            e.Property(x => x.Name).HasMaxLength(150);
            e.Property(x => x.UploadedBy).HasMaxLength(100);
            e.HasIndex(x => new { x.DocumentId, x.Position }).IsUnique();
            e.HasOne<OfficialDocument>().WithMany().HasForeignKey(x => x.DocumentId);
        });
        modelBuilder.Entity<DocumentDelivery>(e =>
        {
            e.ToTable("deliveries");
            e.HasKey(x => x.Id);
            e.Property(x => x.Agency).HasMaxLength(20);
            e.Property(x => x.Recipient).HasMaxLength(20);
            e.Property(x => x.RecipientName).HasMaxLength(200);
            e.Property(x => x.MessageId).HasMaxLength(36);
            e.Property(x => x.Status).HasMaxLength(2);
            e.Property(x => x.Revision).IsConcurrencyToken();
            // Exactly one copy per receiving agency.
            e.HasIndex(x => new { x.DocumentId, x.Recipient }).IsUnique();
            e.HasOne<OfficialDocument>().WithMany().HasForeignKey(x => x.DocumentId);
        });
        modelBuilder.UseModuleTables(Module);
    }
}

internal sealed class SqliteDocumentsDbContext(DbContextOptions<SqliteDocumentsDbContext> options) : DocumentsDbContext(options)
{
    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder) =>
        configurationBuilder.Properties<DateTimeOffset>().HaveConversion<Microsoft.EntityFrameworkCore.Storage.ValueConversion.DateTimeOffsetToBinaryConverter>();
}

internal sealed class PostgresDocumentsDbContext(DbContextOptions<PostgresDocumentsDbContext> options) : DocumentsDbContext(options);

internal sealed class SqliteDocumentsDesignTimeFactory() : DesignTimeFactory<SqliteDocumentsDbContext>(DatabaseProvider.Sqlite, DocumentsDbContext.Module);

internal sealed class PostgresDocumentsDesignTimeFactory() : DesignTimeFactory<PostgresDocumentsDbContext>(DatabaseProvider.Postgres, DocumentsDbContext.Module);
