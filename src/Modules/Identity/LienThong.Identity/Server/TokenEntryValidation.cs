using OpenIddict.Abstractions;
using OpenIddict.Server;
using OpenIddict.Validation;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace LienThong.Identity.Server;

/// <summary>
/// Refuses access tokens whose stored entry is revoked or gone. It reads the database on every full validation, which
/// runs only when <see cref="ValidatedTokenCache"/> has no fresh verdict for the token (once per token per
/// <see cref="ValidatedTokenCache.MaxAge"/> for a busy consumer).
/// </summary>
internal sealed class ValidateTokenEntry(IOpenIddictTokenManager tokens)
    : IOpenIddictValidationHandler<OpenIddictValidationEvents.ValidateTokenContext>
{
    public static OpenIddictValidationHandlerDescriptor Descriptor { get; } =
        OpenIddictValidationHandlerDescriptor.CreateBuilder<OpenIddictValidationEvents.ValidateTokenContext>()
            .UseScopedHandler<ValidateTokenEntry>()
            .SetOrder(OpenIddictValidationHandlers.Protection.ValidateTokenEntry.Descriptor.Order)
            .SetType(OpenIddictValidationHandlerType.Custom)
            .Build();

    public async ValueTask HandleAsync(OpenIddictValidationEvents.ValidateTokenContext context)
    {
        if (context.IsRejected || context.Principal is null)
        {
            return;
        }
        var id = context.Principal.GetTokenId();
        if (string.IsNullOrEmpty(id) || await tokens.FindByIdAsync(id) is not { } token || !await tokens.HasStatusAsync(token, Statuses.Valid))
        {
            context.Reject(Errors.InvalidToken, "The token is no longer valid.");
        }
    }
}

/// <summary>After a revocation on this host, forget every remembered token at once.</summary>
internal sealed class ForgetTokenEntriesOnRevocation(ValidatedTokenCache validated)
    : IOpenIddictServerHandler<OpenIddictServerEvents.HandleRevocationRequestContext>
{
    public static OpenIddictServerHandlerDescriptor Descriptor { get; } =
        OpenIddictServerHandlerDescriptor.CreateBuilder<OpenIddictServerEvents.HandleRevocationRequestContext>()
            .UseSingletonHandler<ForgetTokenEntriesOnRevocation>()
            .SetOrder(int.MaxValue - 1000)
            .SetType(OpenIddictServerHandlerType.Custom)
            .Build();

    public ValueTask HandleAsync(OpenIddictServerEvents.HandleRevocationRequestContext context)
    {
        validated.Clear();
        return ValueTask.CompletedTask;
    }
}
