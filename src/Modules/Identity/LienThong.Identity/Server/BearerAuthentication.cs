using System.Collections.Concurrent;
using System.Security.Claims;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using OpenIddict.Abstractions;
using OpenIddict.Validation.AspNetCore;

namespace LienThong.Identity.Server;

/// <summary>
/// Bearer access tokens, checked by OpenIddict's validation once and then remembered for a few seconds per token: a busy
/// agency system sends the same token thousands of times a second, and the full validation (signature, issuer, audience,
/// lifetime, stored entry read from the database) was an eighth of the gateway's cost. Only successes are remembered,
/// never past the token's own expiry nor longer than <see cref="ValidatedTokenCache.MaxAge"/> from the database check; a
/// revocation on this host forgets them all at once (<see cref="ForgetTokenEntriesOnRevocation"/>), and a validation that
/// was running when it happened is not remembered; other hosts refuse the token within <see cref="ValidatedTokenCache.MaxAge"/>.
/// Challenges and refusals are OpenIddict's own.
/// </summary>
internal sealed class BearerAuthenticationHandler(IOptionsMonitor<AuthenticationSchemeOptions> options, ILoggerFactory logger,
    UrlEncoder encoder, ValidatedTokenCache cache)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    public const string SchemeName = "lienthong-bearer";

    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        var header = Request.Headers.Authorization.ToString();
        var token = header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase) ? header[7..].Trim() : null;
        var now = TimeProvider.GetUtcNow();
        var generation = cache.Generation;
        if (token is not null && cache.TryGet(token, now, out var known))
        {
            return AuthenticateResult.Success(new AuthenticationTicket(known.Principal.Clone(), known.Properties.Clone(), SchemeName));
        }
        // Without a token too: OpenIddict's challenge then knows why (missing_token → 401, not 403).
        var result = await Context.AuthenticateAsync(OpenIddictValidationAspNetCoreDefaults.AuthenticationScheme);
        if (token is null || !result.Succeeded)
        {
            return result.None || result.Succeeded ? AuthenticateResult.NoResult()
                : AuthenticateResult.Fail(result.Failure ?? new InvalidOperationException("invalid_token"));
        }
        var expires = result.Properties?.ExpiresUtc ?? result.Principal.GetExpirationDate();
        cache.Remember(token, result.Principal, result.Properties ?? new AuthenticationProperties(), now, expires, generation);
        return AuthenticateResult.Success(new AuthenticationTicket(result.Principal, result.Properties, SchemeName));
    }
}

/// <summary>Successfully validated bearer tokens, by token, for at most <see cref="MaxAge"/>.</summary>
internal sealed class ValidatedTokenCache
{
    public static readonly TimeSpan MaxAge = TimeSpan.FromSeconds(5);
    private const int MaxEntries = 10_000;
    private readonly ConcurrentDictionary<string, Entry> entries = new(StringComparer.Ordinal);
    private long generation;

    /// <summary>Moves on at every <see cref="Clear"/>: a verdict reached under an older generation is not remembered.</summary>
    public long Generation => Interlocked.Read(ref generation);

    internal sealed record Entry(ClaimsPrincipal Principal, AuthenticationProperties Properties, DateTimeOffset Until);

    public bool TryGet(string token, DateTimeOffset now, out Entry entry)
    {
        if (entries.TryGetValue(token, out entry!) && now < entry.Until)
        {
            return true;
        }
        entries.TryRemove(token, out _);
        return false;
    }

    /// <param name="now">Taken before the validation, so the entry never outlives the database check by more than <see cref="MaxAge"/>.</param>
    /// <param name="validatedIn">The <see cref="Generation"/> read before the validation started.</param>
    public void Remember(string token, ClaimsPrincipal principal, AuthenticationProperties properties, DateTimeOffset now, DateTimeOffset? expires,
        long validatedIn)
    {
        var until = now + MaxAge;
        if (expires is { } end && end < until)
        {
            until = end;
        }
        if (entries.Count >= MaxEntries)
        {
            entries.Clear();
        }
        entries[token] = new Entry(principal, properties, until);
        if (Generation != validatedIn)
        {
            // A revocation cleared the cache while this token was being validated: its verdict may predate it.
            entries.TryRemove(token, out _);
        }
    }

    public void Clear()
    {
        Interlocked.Increment(ref generation);
        entries.Clear();
    }
}
