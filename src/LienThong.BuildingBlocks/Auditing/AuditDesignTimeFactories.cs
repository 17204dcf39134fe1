using LienThong.BuildingBlocks.Persistence;

namespace LienThong.BuildingBlocks.Auditing;

internal sealed class SqliteAuditDesignTimeFactory() : DesignTimeFactory<SqliteAuditDbContext>(DatabaseProvider.Sqlite, AuditDbContext.Module);

internal sealed class PostgresAuditDesignTimeFactory() : DesignTimeFactory<PostgresAuditDbContext>(DatabaseProvider.Postgres, AuditDbContext.Module);
