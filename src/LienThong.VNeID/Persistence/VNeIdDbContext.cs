using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace LienThong.VNeID.Persistence;

/// <summary>The provider's OAuth state (clients, codes, tokens); citizens are reference data.</summary>
internal sealed class VNeIdDbContext(DbContextOptions<VNeIdDbContext> options) : DbContext(options)
{
    protected override void OnModelCreating(ModelBuilder modelBuilder) => modelBuilder.UseOpenIddict();
}

internal sealed class VNeIdDesignTimeFactory : IDesignTimeDbContextFactory<VNeIdDbContext>
{
    public VNeIdDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<VNeIdDbContext>().UseSqlite("Data Source=design-time.db").Options);
}
