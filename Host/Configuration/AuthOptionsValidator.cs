using Microsoft.Extensions.Options;

namespace CaseFlow.Host.Configuration;

/// <summary>Checks the authentication settings at start-up, naming each wrong setting and what would be right.</summary>
internal sealed class AuthOptionsValidator : IValidateOptions<AuthOptions>
{
    private static readonly TimeSpan ShortestLifetime = TimeSpan.FromMinutes(5);
    private static readonly TimeSpan LongestLifetime = TimeSpan.FromDays(7);

    public ValidateOptionsResult Validate(string? name, AuthOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var problems = new List<string>();
        if (options.TokenLifetime < ShortestLifetime || options.TokenLifetime > LongestLifetime)
        {
            problems.Add($"CaseFlow:Auth:TokenLifetime must be between {ShortestLifetime} and {LongestLifetime} (it is {options.TokenLifetime}); 08:00:00, a working day, is the default");
        }

        var oidc = options.Oidc;
        if (!oidc.IsConfigured && !string.IsNullOrWhiteSpace(oidc.ClientId))
        {
            problems.Add("CaseFlow:Auth:Oidc:ClientId is set without CaseFlow:Auth:Oidc:Authority: the workbench signs people in at the provider the authority names; set both, or remove the client id");
        }

        if (oidc.IsConfigured)
        {
            if (!Uri.TryCreate(oidc.Authority, UriKind.Absolute, out var authority) || authority.Scheme is not ("https" or "http"))
            {
                problems.Add($"CaseFlow:Auth:Oidc:Authority must be the provider's issuer URL, e.g. https://sso.example.gov.cn/realms/township (it is '{oidc.Authority}')");
            }
            else if (authority.Scheme == "http" && oidc.RequireHttpsMetadata)
            {
                problems.Add($"CaseFlow:Auth:Oidc:Authority is http ({oidc.Authority}): use https, or set CaseFlow:Auth:Oidc:RequireHttpsMetadata=false for a provider on this machine only");
            }

            if (string.IsNullOrWhiteSpace(oidc.Audience))
            {
                problems.Add("CaseFlow:Auth:Oidc:Audience is required with an authority: the aud claim the provider puts in CaseFlow's tokens, e.g. caseflow");
            }

            foreach (var (setting, value) in new[] { ("PositionsClaim", oidc.PositionsClaim), ("RolesClaim", oidc.RolesClaim), ("NameClaim", oidc.NameClaim) })
            {
                if (string.IsNullOrWhiteSpace(value))
                {
                    problems.Add($"CaseFlow:Auth:Oidc:{setting} must name a claim of the provider's tokens");
                }
            }

            foreach (var (group, position) in oidc.PositionMap.Where(m => string.IsNullOrWhiteSpace(m.Value) || (!m.Value.Contains(':', StringComparison.Ordinal) && m.Value != "commandRoom")))
            {
                problems.Add($"CaseFlow:Auth:Oidc:PositionMap maps '{group}' to '{position}', which is not a written position; write kind:id, e.g. office:demolition-office");
            }
        }

        return problems.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(problems);
    }
}
