using LienThong.Registry.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace LienThong.Registry.Persistence;

internal sealed class AgencySuccessionConfiguration : IEntityTypeConfiguration<AgencySuccession>
{
    public void Configure(EntityTypeBuilder<AgencySuccession> e)
    {
        e.ToTable("agency_successions");
        e.HasKey(x => x.Id);
        e.Property(x => x.Kind).HasMaxLength(20);
        e.Property(x => x.LegalBasis).HasMaxLength(300);
        e.HasOne(x => x.Predecessor).WithMany().HasForeignKey(x => x.PredecessorId).OnDelete(DeleteBehavior.Restrict);
        e.HasOne(x => x.Successor).WithMany().HasForeignKey(x => x.SuccessorId).OnDelete(DeleteBehavior.Restrict);
        e.HasIndex(x => new { x.PredecessorId, x.SuccessorId, x.EffectiveDate }).IsUnique();
    }
}
