using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace LienThong.Host.Tests;

/// <summary>Every module's model matches its last migration, on both providers (ADR 0002).</summary>
public sealed class ModelSnapshotTests
{
    public static TheoryData<string> Factories()
    {
        var data = new TheoryData<string>();
        foreach (var type in DesignTimeFactoryTypes())
        {
            data.Add(type.FullName!);
        }
        return data;
    }

    [Fact]
    public void EveryModule_HasAFactoryPerProvider() =>
        // audit + registry, each on SQLite and PostgreSQL
        Assert.True(DesignTimeFactoryTypes().Count() >= 4);

    [Theory]
    [MemberData(nameof(Factories))]
    public void Model_HasNoChangesMissingFromTheMigrations(string factoryName)
    {
        var factory = DesignTimeFactoryTypes().Single(t => t.FullName == factoryName);
        var create = factory.GetMethod("CreateDbContext")!;
        using var context = (DbContext)create.Invoke(Activator.CreateInstance(factory, nonPublic: true), [Array.Empty<string>()])!;

        Assert.False(context.Database.HasPendingModelChanges(), $"{context.GetType().Name}: run dotnet ef migrations add.");
    }

    private static IEnumerable<Type> DesignTimeFactoryTypes() =>
        new[] { typeof(Program).Assembly }
            .Concat(typeof(Program).Assembly.GetReferencedAssemblies().Where(a => a.Name!.StartsWith("LienThong", StringComparison.Ordinal))
                .Select(System.Reflection.Assembly.Load))
            .SelectMany(a => a.GetTypes())
            .Where(t => !t.IsAbstract && t.GetInterfaces().Any(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IDesignTimeDbContextFactory<>)))
            .OrderBy(t => t.FullName, StringComparer.Ordinal);
}
