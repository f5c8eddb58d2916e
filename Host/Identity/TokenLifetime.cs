using Microsoft.IdentityModel.Tokens;

namespace CaseFlow.Host.Identity;

/// <summary>Checks a token's lifetime on the service's clock (the one its tokens are issued on), not the machine's.</summary>
internal static class TokenLifetime
{
    /// <summary>A lifetime validator: no expiry, not yet valid or expired (beyond <paramref name="skew"/>) each throw the exception that says so.</summary>
    public static LifetimeValidator On(TimeProvider time, TimeSpan skew) => (notBefore, expires, _, _) =>
    {
        var now = time.GetUtcNow().UtcDateTime;
        if (expires is not { } end)
        {
            throw new SecurityTokenNoExpirationException("the token has no expiry");
        }

        if (notBefore is { } start && start > now + skew)
        {
            throw new SecurityTokenNotYetValidException($"the token is not valid before {start:O}") { NotBefore = start };
        }

        if (end < now - skew)
        {
            throw new SecurityTokenExpiredException($"the token expired at {end:O}") { Expires = end };
        }

        return true;
    };
}
