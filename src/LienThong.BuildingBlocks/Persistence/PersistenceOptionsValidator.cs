using Microsoft.Extensions.Options;

namespace LienThong.BuildingBlocks.Persistence;

/// <summary>Stops the host at start (and each CLI command) with the exact setting that is wrong.</summary>
public sealed class PersistenceOptionsValidator : IValidateOptions<PersistenceOptions>
{
    public ValidateOptionsResult Validate(string? name, PersistenceOptions options)
    {
        var problems = options.Problems().ToList();
        return problems.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(problems);
    }
}
