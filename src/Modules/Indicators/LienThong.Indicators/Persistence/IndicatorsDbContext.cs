using LienThong.BuildingBlocks.Persistence;
using LienThong.Indicators.Domain;
using Microsoft.EntityFrameworkCore;

namespace LienThong.Indicators.Persistence;

internal class IndicatorsDbContext(DbContextOptions options) : DbContext(options)
{
    public const string Module = "indicators";

    public DbSet<CommunityTeam> Teams => Set<CommunityTeam>();

    public DbSet<TeamMember> Members => Set<TeamMember>();

    public DbSet<TeamActivity> TeamActivities => Set<TeamActivity>();

    public DbSet<DossierFact> Facts => Set<DossierFact>();

    public DbSet<DossierDay> Days => Set<DossierDay>();

    public DbSet<DocumentFact> DocumentFacts => Set<DocumentFact>();

    public DbSet<FeedCursor> Cursors => Set<FeedCursor>();

    public DbSet<RecordedCode> RecordedCodes => Set<RecordedCode>();

    public DbSet<PlanTask> PlanTasks => Set<PlanTask>();

    public DbSet<TaskReport> TaskReports => Set<TaskReport>();

    public DbSet<PlanMeeting> PlanMeetings => Set<PlanMeeting>();

    public DbSet<EnteredValue> EnteredValues => Set<EnteredValue>();

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
        modelBuilder.Entity<TeamActivity>(e =>
        {
            e.ToTable("team_activities");
            e.HasKey(x => x.Id);
            e.Property(x => x.Kind).HasMaxLength(20);
            e.Property(x => x.DossierCode).HasMaxLength(40);
            e.Property(x => x.Note).HasMaxLength(500);
            e.Property(x => x.RecordedBy).HasMaxLength(100);
            e.HasIndex(x => new { x.On, x.TeamId });
            e.HasOne<CommunityTeam>().WithMany().HasForeignKey(x => x.TeamId);
        });
        modelBuilder.Entity<DossierFact>(e =>
        {
            e.ToTable("dossier_facts");
            e.HasKey(x => x.DossierId);
            e.Property(x => x.DossierCode).HasMaxLength(40);
            e.Property(x => x.ProcedureCode).HasMaxLength(30);
            e.Property(x => x.Agency).HasMaxLength(20);
            e.Property(x => x.UnitCode).HasMaxLength(10);
            e.HasIndex(x => new { x.UnitCode, x.ReceivedOn });
            e.HasIndex(x => new { x.UnitCode, x.ReturnedOn });
            e.HasIndex(x => new { x.Agency, x.ReceivedOn });
            e.HasIndex(x => x.DossierCode);
        });
        modelBuilder.Entity<DocumentFact>(e =>
        {
            e.ToTable("document_facts");
            e.HasKey(x => x.DocumentId);
            e.Property(x => x.DocumentId).HasMaxLength(120);
            e.Property(x => x.Agency).HasMaxLength(20);
            e.Property(x => x.UnitCode).HasMaxLength(10);
            e.HasIndex(x => new { x.UnitCode, x.IssuedOn });
        });
        modelBuilder.Entity<DossierDay>(e =>
        {
            e.ToTable("dossier_days");
            e.HasKey(x => new { x.Day, x.UnitCode, x.Agency });
            // A commune's or an agency's period reads its own rows, not the whole province's days.
            e.HasIndex(x => new { x.UnitCode, x.Day });
            e.HasIndex(x => new { x.Agency, x.Day });
            e.Property(x => x.UnitCode).HasMaxLength(10);
            e.Property(x => x.Agency).HasMaxLength(20);
        });
        modelBuilder.Entity<PlanTask>(e =>
        {
            e.ToTable("plan_tasks");
            e.HasKey(x => x.Id);
            e.Property(x => x.Code).HasMaxLength(20);
            e.HasIndex(x => x.Code).IsUnique();
            e.Property(x => x.Title).HasMaxLength(500);
            e.Property(x => x.Agency).HasMaxLength(20);
            e.Property(x => x.UnitCode).HasMaxLength(10);
            e.Property(x => x.Status).HasMaxLength(12);
            e.Property(x => x.CreatedBy).HasMaxLength(100);
            e.Property(x => x.Revision).IsConcurrencyToken();
            e.HasIndex(x => new { x.UnitCode, x.Deadline });
            e.HasIndex(x => x.MeetingId);
            e.HasMany(x => x.Reports).WithOne().HasForeignKey(r => r.TaskId);
        });
        modelBuilder.Entity<TaskReport>(e =>
        {
            e.ToTable("plan_task_reports");
            e.HasKey(x => x.Id);
            e.Property(x => x.By).HasMaxLength(100);
            e.Property(x => x.Note).HasMaxLength(2000);
            e.HasIndex(x => x.TaskId);
        });
        modelBuilder.Entity<PlanMeeting>(e =>
        {
            e.ToTable("plan_meetings");
            e.HasKey(x => x.Id);
            e.Property(x => x.Title).HasMaxLength(300);
            e.Property(x => x.Chair).HasMaxLength(200);
            e.Property(x => x.Minutes).HasMaxLength(20_000);
            e.Property(x => x.Decisions).HasMaxLength(60_000);
            e.Property(x => x.CreatedBy).HasMaxLength(100);
        });
        modelBuilder.Entity<RecordedCode>(e =>
        {
            e.ToTable("recorded_codes");
            e.HasKey(x => new { x.Kind, x.Code });
            e.Property(x => x.Kind).HasMaxLength(6);
            e.Property(x => x.Code).HasMaxLength(20);
        });
        modelBuilder.Entity<FeedCursor>(e =>
        {
            e.ToTable("feed_cursors");
            e.HasKey(x => x.Feed);
            e.Property(x => x.Feed).HasMaxLength(60);
            // Two projections reading at once: the second to save loses and its batch is rolled back, so nothing counts twice.
            e.Property(x => x.Position).IsConcurrencyToken();
        });
        modelBuilder.Entity<EnteredValue>(e =>
        {
            e.ToTable("entered_values");
            e.HasKey(x => x.Id);
            e.Property(x => x.Framework).HasMaxLength(10);
            e.Property(x => x.Version).HasMaxLength(20);
            e.Property(x => x.Indicator).HasMaxLength(20);
            e.Property(x => x.UnitCode).HasMaxLength(20);
            e.Property(x => x.Period).HasMaxLength(10);
            e.Property(x => x.Value).HasPrecision(18, 4);
            // An approval checks the value it saw; a re-entry in between makes the save fail rather than approve it unseen.
            e.Property(x => x.EnteredAt).IsConcurrencyToken();
            e.Property(x => x.Evidence).HasMaxLength(500);
            e.Property(x => x.Agency).HasMaxLength(20);
            e.Property(x => x.EnteredBy).HasMaxLength(100);
            e.Property(x => x.ApprovedBy).HasMaxLength(100);
            e.Property(x => x.Source).HasMaxLength(200);
            e.Property(x => x.Status).HasMaxLength(12);
            e.HasIndex(x => new { x.Framework, x.Version, x.Indicator, x.UnitCode, x.Period }).IsUnique();
            e.HasIndex(x => new { x.UnitCode, x.PeriodStart });
        });
        modelBuilder.UseModuleTables(Module);
    }
}

internal sealed class SqliteIndicatorsDbContext(DbContextOptions<SqliteIndicatorsDbContext> options) : IndicatorsDbContext(options);

internal sealed class PostgresIndicatorsDbContext(DbContextOptions<PostgresIndicatorsDbContext> options) : IndicatorsDbContext(options);

internal sealed class SqliteIndicatorsDesignTimeFactory() : DesignTimeFactory<SqliteIndicatorsDbContext>(DatabaseProvider.Sqlite, IndicatorsDbContext.Module);

internal sealed class PostgresIndicatorsDesignTimeFactory() : DesignTimeFactory<PostgresIndicatorsDbContext>(DatabaseProvider.Postgres, IndicatorsDbContext.Module);
