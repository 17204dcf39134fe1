using Microsoft.EntityFrameworkCore;

namespace LienThong.BuildingBlocks.Auditing;

/// <summary>SQLite cannot compare DateTimeOffset values; instants are stored there as UTC ticks.</summary>
public sealed class SqliteAuditDbContext(DbContextOptions<SqliteAuditDbContext> options) : AuditDbContext(options)
{
    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        base.OnModelCreating(modelBuilder);
        modelBuilder.Entity<AuditEvent>().Property(x => x.OccurredAt)
            .HasConversion(v => v.UtcTicks, v => new DateTimeOffset(v, TimeSpan.Zero));
    }
}
