using LienThong.Registry.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace LienThong.Registry.Persistence;

internal sealed class AdministrativeUnitConfiguration : IEntityTypeConfiguration<AdministrativeUnit>
{
    public void Configure(EntityTypeBuilder<AdministrativeUnit> e)
    {
        e.ToTable("units");
        e.HasKey(x => x.Id);
        e.Ignore(x => x.Validity);
        e.Property(x => x.Code).HasMaxLength(10);
        e.Property(x => x.Name).HasMaxLength(200);
        e.Property(x => x.SearchName).HasMaxLength(200);
        e.Property(x => x.Type).HasMaxLength(50);
        e.Property(x => x.ParentCode).HasMaxLength(10);
        e.Property(x => x.Source).HasMaxLength(500);
        e.Property(x => x.Note).HasMaxLength(1000);
        // A unit's identity is its code and the start of its validity; codes are reused over time.
        e.HasIndex(x => new { x.Code, x.ValidFrom }).IsUnique();
        e.HasIndex(x => x.ParentCode);
    }
}
