using LienThong.BuildingBlocks.Persistence;
using LienThong.Identity.Domain;
using Microsoft.EntityFrameworkCore;
using AspNetIdentityDbContext = Microsoft.AspNetCore.Identity.EntityFrameworkCore.IdentityDbContext<
    LienThong.Identity.Domain.Official, Microsoft.AspNetCore.Identity.IdentityRole, string>;

namespace LienThong.Identity.Persistence;

/// <summary>Accounts and roles (ASP.NET Core Identity) and the OAuth server's clients and tokens (OpenIddict).</summary>
internal class IdentityDbContext(DbContextOptions options) : AspNetIdentityDbContext(options)
{
    public const string Module = "identity";

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.UseOpenIddict();
        builder.Entity<Official>(e =>
        {
            e.Property(x => x.FullName).HasMaxLength(200);
            e.Property(x => x.AgencyElectronicId).HasMaxLength(13);
            e.Property(x => x.Position).HasMaxLength(100);
        });
        builder.UseModuleTables(Module);
    }
}

internal sealed class SqliteIdentityDbContext(DbContextOptions<SqliteIdentityDbContext> options) : IdentityDbContext(options);

internal sealed class PostgresIdentityDbContext(DbContextOptions<PostgresIdentityDbContext> options) : IdentityDbContext(options);

internal sealed class SqliteIdentityDesignTimeFactory() : DesignTimeFactory<SqliteIdentityDbContext>(DatabaseProvider.Sqlite, IdentityDbContext.Module);

internal sealed class PostgresIdentityDesignTimeFactory() : DesignTimeFactory<PostgresIdentityDbContext>(DatabaseProvider.Postgres, IdentityDbContext.Module);
