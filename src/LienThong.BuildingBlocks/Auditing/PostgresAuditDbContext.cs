using Microsoft.EntityFrameworkCore;

namespace LienThong.BuildingBlocks.Auditing;

public sealed class PostgresAuditDbContext(DbContextOptions<PostgresAuditDbContext> options) : AuditDbContext(options);
