using LienThong.BuildingBlocks.Persistence;
using Microsoft.EntityFrameworkCore;

namespace LienThong.BuildingBlocks.Auditing;

public class AuditDbContext(DbContextOptions options) : DbContext(options)
{
    public const string Module = "audit";

    public DbSet<AuditEvent> Events => Set<AuditEvent>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<AuditEvent>(e =>
        {
            e.ToTable("events");
            e.HasKey(x => x.Id);
            e.Property(x => x.Actor).HasMaxLength(200);
            e.Property(x => x.Action).HasMaxLength(100);
            e.Property(x => x.Target).HasMaxLength(400);
            e.Property(x => x.Source).HasMaxLength(200);
            e.Property(x => x.Outcome).HasConversion<string>().HasMaxLength(20);
            e.Property(x => x.Details).HasMaxLength(4000);
            e.HasIndex(x => x.OccurredAt);
        });
        modelBuilder.UseModuleTables(Module);
    }
}
