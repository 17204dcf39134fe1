using LienThong.BuildingBlocks.Persistence;
using LienThong.Indicators.Domain;
using Microsoft.EntityFrameworkCore;

namespace LienThong.Indicators.Persistence;

internal class IndicatorsDbContext(DbContextOptions options) : DbContext(options)
{
    public const string Module = "indicators";

    public DbSet<CommunityTeam> Teams => Set<CommunityTeam>();

    public DbSet<TeamMember> Members => Set<TeamMember>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<CommunityTeam>(e =>
        {
            e.ToTable("community_teams");
            e.HasKey(x => x.Id);
            e.Property(x => x.UnitCode).HasMaxLength(10);
            e.Property(x => x.Village).HasMaxLength(100);
            e.Property(x => x.Name).HasMaxLength(200);
            e.HasIndex(x => new { x.UnitCode, x.FoundedOn });
            e.HasMany(x => x.Members).WithOne().HasForeignKey(m => m.TeamId);
        });
        modelBuilder.Entity<TeamMember>(e =>
        {
            e.ToTable("team_members");
            e.HasKey(x => x.Id);
            e.Property(x => x.FullName).HasMaxLength(100);
            e.Property(x => x.Role).HasMaxLength(10);
            e.HasIndex(x => x.TeamId);
        });
        modelBuilder.UseModuleTables(Module);
    }
}

internal sealed class SqliteIndicatorsDbContext(DbContextOptions<SqliteIndicatorsDbContext> options) : IndicatorsDbContext(options);

internal sealed class PostgresIndicatorsDbContext(DbContextOptions<PostgresIndicatorsDbContext> options) : IndicatorsDbContext(options);

internal sealed class SqliteIndicatorsDesignTimeFactory() : DesignTimeFactory<SqliteIndicatorsDbContext>(DatabaseProvider.Sqlite, IndicatorsDbContext.Module);

internal sealed class PostgresIndicatorsDesignTimeFactory() : DesignTimeFactory<PostgresIndicatorsDbContext>(DatabaseProvider.Postgres, IndicatorsDbContext.Module);
