using LienThong.Registry.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace LienThong.Registry.Persistence;

internal sealed class CalendarEntryConfiguration : IEntityTypeConfiguration<CalendarEntry>
{
    public void Configure(EntityTypeBuilder<CalendarEntry> builder)
    {
        builder.ToTable("calendar_entries");
        builder.HasKey(e => e.Date);
        builder.Property(e => e.Name).HasMaxLength(200);
        builder.Property(e => e.Basis).HasMaxLength(300);
        builder.Property(e => e.ChangedBy).HasMaxLength(100);
    }
}
