using LienThong.BuildingBlocks.Auditing;
using LienThong.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace LienThong.Host.Tests;

/// <summary>The audit log is append-only in the database itself, on both providers.</summary>
public abstract class AuditLogTests
{
    private readonly LienThongApp app;

    protected AuditLogTests(LienThongApp app)
    {
        app.Database.RequireAvailable();
        this.app = app;
    }

    [Fact]
    public async Task RecordedEvent_IsReadBack_WithWhoWhatWhereAndOutcome()
    {
        await using var scope = app.Services.CreateAsyncScope();
        var audit = scope.ServiceProvider.GetRequiredService<IAuditLog>();

        await audit.RecordAsync("tester", "test.recorded", AuditOutcome.Failure, "unit 49", "127.0.0.1", "why", TestContext.Current.CancellationToken);

        var last = (await audit.RecentAsync(1, TestContext.Current.CancellationToken))[0];
        Assert.Equal(("tester", "test.recorded", AuditOutcome.Failure, "unit 49", "127.0.0.1"),
            (last.Actor, last.Action, last.Outcome, last.Target, last.Source));
    }

    [Theory]
    [InlineData("UPDATE audit_events SET \"Actor\" = 'someone else'")]
    [InlineData("DELETE FROM audit_events")]
    public async Task ChangingOrDeletingAnEvent_IsRefusedByTheDatabase(string sql)
    {
        await using var scope = app.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<IAuditLog>()
            .RecordAsync("tester", "test.recorded", AuditOutcome.Success, cancellationToken: TestContext.Current.CancellationToken);
        var db = scope.ServiceProvider.GetRequiredService<AuditDbContext>();

        var error = await Record.ExceptionAsync(() => db.Database.ExecuteSqlRawAsync(sql, TestContext.Current.CancellationToken));

        Assert.NotNull(error);
        Assert.Contains("append-only", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Seeding_IsAudited()
    {
        await using var scope = app.Services.CreateAsyncScope();
        var events = await scope.ServiceProvider.GetRequiredService<IAuditLog>().RecentAsync(100, TestContext.Current.CancellationToken);

        Assert.Contains(events, e => e.Action == "platform.seeded" && e.Actor == "system");
    }
}

public sealed class AuditLogSqliteTests(SqliteApp app) : AuditLogTests(app), IClassFixture<SqliteApp>;

public sealed class AuditLogPostgresTests(PostgresApp app) : AuditLogTests(app), IClassFixture<PostgresApp>;
