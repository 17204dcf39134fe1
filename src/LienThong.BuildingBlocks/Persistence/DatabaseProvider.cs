namespace LienThong.BuildingBlocks.Persistence;

/// <summary>The relational databases LienThong runs on (ADR 0002).</summary>
public enum DatabaseProvider
{
    Sqlite,
    Postgres,
}
