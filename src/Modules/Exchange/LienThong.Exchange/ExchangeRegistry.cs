using LienThong.Exchange.Contracts;
using LienThong.Exchange.Domain;
using LienThong.Exchange.Gateway;
using LienThong.Exchange.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace LienThong.Exchange;

internal sealed class ExchangeRegistry(ExchangeDbContext db, ExchangeDirectory directory, IOptions<ExchangeOptions> options, TimeProvider time)
    : IExchangeRegistration
{
    public static readonly IReadOnlySet<string> MemberClasses = new HashSet<string>(StringComparer.Ordinal) { "GOV", "COM", "ORG" };

    public async Task<string> EnsureSubsystemAsync(string memberClass, string memberCode, string code, string name, CancellationToken cancellationToken = default)
    {
        if (!MemberClasses.Contains(memberClass))
        {
            throw new ArgumentException($"Member class {memberClass}: GOV, COM or ORG.", nameof(memberClass));
        }
        var subsystem = new Subsystem(options.Value.Instance, memberClass, memberCode, code, name);
        if (!await db.Subsystems.AnyAsync(s => s.Identifier == subsystem.Identifier, cancellationToken))
        {
            db.Subsystems.Add(subsystem);
            await db.SaveChangesAsync(cancellationToken);
            directory.Invalidate();
        }
        return subsystem.Identifier;
    }

    public async Task<string> EnsureServiceAsync(ServiceRegistration service, CancellationToken cancellationToken = default)
    {
        if (!await db.Subsystems.AnyAsync(s => s.Identifier == service.Subsystem, cancellationToken))
        {
            throw new InvalidOperationException($"Subsystem {service.Subsystem} is not registered.");
        }
        var registered = new DataService(service.Subsystem, service.Code, service.Version, service.Name, service.Description, service.ProviderUrl,
            service.OpenApi, service.Category, service.PersonalData, service.LegalBasis);
        var existing = await db.Services.SingleOrDefaultAsync(s => s.Identifier == registered.Identifier, cancellationToken);
        if (existing is null)
        {
            db.Services.Add(registered);
        }
        else
        {
            existing.MoveTo(service.ProviderUrl);
        }
        await db.SaveChangesAsync(cancellationToken);
        directory.Invalidate();
        return registered.Identifier;
    }

    public async Task EnsureGrantAsync(string consumer, string service, IReadOnlyList<string> purposes, string? method = null, string? pathPrefix = null,
        CancellationToken cancellationToken = default)
    {
        var joined = string.Join(',', purposes);
        if (!await db.Grants.AnyAsync(g => g.Consumer == consumer && g.Service == service && g.Purposes == joined && g.Method == method
            && g.PathPrefix == pathPrefix && g.RevokedAt == null, cancellationToken))
        {
            await AddGrantAsync(consumer, service, purposes, method, pathPrefix, time.GetUtcNow(), null, "seed", cancellationToken);
        }
    }

    public async Task<(AccessGrant? Grant, string? Error)> AddGrantAsync(string consumer, string service, IReadOnlyList<string> purposes, string? method,
        string? pathPrefix, DateTimeOffset validFrom, DateTimeOffset? validTo, string actor, CancellationToken cancellationToken)
    {
        if (!await db.Subsystems.AnyAsync(s => s.Identifier == consumer, cancellationToken))
        {
            return (null, $"Không có hệ thống {consumer} trên nền tảng.");
        }
        if (!await db.Services.AnyAsync(s => s.Identifier == service, cancellationToken))
        {
            return (null, $"Không có dịch vụ {service}.");
        }
        if (purposes.Count == 0 || purposes.Any(p => p != "*" && !System.Text.RegularExpressions.Regex.IsMatch(p, @"^[0-9A-Za-z._\-]{1,30}$")))
        {
            return (null, "Mục đích: mã thủ tục hành chính (ví dụ 1.013831) hoặc *.");
        }
        if (validTo <= validFrom)
        {
            return (null, "Ngày hết hiệu lực phải sau ngày bắt đầu.");
        }
        var grant = new AccessGrant(consumer, service, method?.ToUpperInvariant(), pathPrefix, string.Join(',', purposes), validFrom, validTo, actor,
            time.GetUtcNow());
        db.Grants.Add(grant);
        await db.SaveChangesAsync(cancellationToken);
        directory.Invalidate();
        return (grant, null);
    }

    public async Task<string?> RevokeGrantAsync(int id, CancellationToken cancellationToken)
    {
        var grant = await db.Grants.SingleOrDefaultAsync(g => g.Id == id, cancellationToken);
        if (grant is null)
        {
            return $"Không có quyền truy cập số {id}.";
        }
        if (grant.RevokedAt is not null)
        {
            return $"Quyền truy cập số {id} đã bị thu hồi.";
        }
        grant.Revoke(time.GetUtcNow());
        await db.SaveChangesAsync(cancellationToken);
        directory.Invalidate();
        return null;
    }
}
