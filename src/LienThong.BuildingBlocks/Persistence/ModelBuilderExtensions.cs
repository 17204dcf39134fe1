using Microsoft.EntityFrameworkCore;

namespace LienThong.BuildingBlocks.Persistence;

public static class ModelBuilderExtensions
{
    /// <summary>Prefixes every table of a module so that modules can share one database.</summary>
    public static ModelBuilder UseTablePrefix(this ModelBuilder modelBuilder, string prefix)
    {
        foreach (var entity in modelBuilder.Model.GetEntityTypes())
        {
            var table = entity.GetTableName();
            if (table is not null && !table.StartsWith(prefix, StringComparison.Ordinal))
            {
                entity.SetTableName(prefix + table);
            }
        }
        return modelBuilder;
    }
}
