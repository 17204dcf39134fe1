using LienThong.Registry.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace LienThong.Registry.Persistence;

internal abstract class SuccessionConfiguration<TSuccession, TVersion>(string table) : IEntityTypeConfiguration<TSuccession>
    where TSuccession : Succession<TVersion>
    where TVersion : class
{
    public void Configure(EntityTypeBuilder<TSuccession> e)
    {
        e.ToTable(table);
        e.HasKey(x => x.Id);
        e.Property(x => x.Kind).HasMaxLength(20);
        e.Property(x => x.LegalBasis).HasMaxLength(300);
        e.HasOne(x => x.Predecessor).WithMany().HasForeignKey(x => x.PredecessorId).OnDelete(DeleteBehavior.Restrict);
        e.HasOne(x => x.Successor).WithMany().HasForeignKey(x => x.SuccessorId).OnDelete(DeleteBehavior.Restrict);
        e.HasIndex(x => new { x.PredecessorId, x.SuccessorId, x.EffectiveDate }).IsUnique();
    }
}

internal sealed class UnitSuccessionConfiguration() : SuccessionConfiguration<UnitSuccession, AdministrativeUnit>("unit_successions");

internal sealed class AgencySuccessionConfiguration() : SuccessionConfiguration<AgencySuccession, Agency>("agency_successions");
