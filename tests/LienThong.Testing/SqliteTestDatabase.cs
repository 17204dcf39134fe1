namespace LienThong.Testing;

public sealed class SqliteTestDatabase : TestDatabase
{
    public override string Provider => "sqlite";

    public override string? ConnectionString => null;

    public override Task CreateAsync() => Task.CompletedTask;
}
