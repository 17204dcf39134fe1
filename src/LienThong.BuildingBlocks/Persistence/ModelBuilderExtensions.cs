using Microsoft.EntityFrameworkCore;

namespace LienThong.BuildingBlocks.Persistence;

public static class ModelBuilderExtensions
{
    /// <summary>Prefixes every table with the module's name (<c>registry_units</c>) so that modules can share one database.</summary>
    public static ModelBuilder UseModuleTables(this ModelBuilder modelBuilder, string module)
    {
        var prefix = module + "_";
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
