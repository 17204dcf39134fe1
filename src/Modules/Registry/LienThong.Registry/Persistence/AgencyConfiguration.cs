using LienThong.Registry.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace LienThong.Registry.Persistence;

internal sealed class AgencyConfiguration : IEntityTypeConfiguration<Agency>
{
    public void Configure(EntityTypeBuilder<Agency> e)
    {
        e.ToTable("agencies");
        e.HasKey(x => x.Id);
        e.Ignore(x => x.Validity);
        e.Property(x => x.ElectronicId).HasMaxLength(13);
        e.Property(x => x.Name).HasMaxLength(300);
        e.Property(x => x.SearchName).HasMaxLength(400);
        e.Property(x => x.Abbreviation).HasMaxLength(30);
        e.Property(x => x.Level).HasMaxLength(20);
        e.Property(x => x.ParentElectronicId).HasMaxLength(13);
        e.Property(x => x.UnitCode).HasMaxLength(10);
        e.Property(x => x.Note).HasMaxLength(1000);
        e.HasIndex(x => new { x.ElectronicId, x.ValidFrom }).IsUnique();
        e.HasIndex(x => x.UnitCode);
    }
}
