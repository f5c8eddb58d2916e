using CaseFlow.Engine.Accounts;
using CaseFlow.Host.Configuration;
using Microsoft.AspNetCore.Authorization;

namespace CaseFlow.Host.Identity;

/// <summary>
/// The authorization policies: every endpoint needs an authenticated caller (the fallback), reads of cases and workflows may be
/// opened to anonymous callers by setting, and the admin API and the list of disclosures need a role.
/// </summary>
public static class CaseFlowPolicies
{
    /// <summary>GET of cases and workflows: authenticated, or anyone when CaseFlow:Auth:AnonymousReads is on.</summary>
    public const string Read = "caseflow-read";

    /// <summary>The admin API: the administrator role.</summary>
    public const string Administrator = "caseflow-administrator";

    /// <summary>The list of disclosures: the auditor role.</summary>
    public const string Auditor = "caseflow-auditor";

    /// <summary>Adds the policies, the fallback included.</summary>
    public static AuthorizationBuilder AddCaseFlowPolicies(this AuthorizationBuilder builder, AuthOptions options)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentNullException.ThrowIfNull(options);
        var authenticated = new AuthorizationPolicyBuilder().RequireAuthenticatedUser().Build();
        return builder
            .SetFallbackPolicy(authenticated)
            .AddPolicy(Read, options.AnonymousReads ? new AuthorizationPolicyBuilder().RequireAssertion(_ => true).Build() : authenticated)
            .AddPolicy(Administrator, p => p.RequireAuthenticatedUser().RequireRole(AccountRoles.Administrator))
            .AddPolicy(Auditor, p => p.RequireAuthenticatedUser().RequireRole(AccountRoles.Auditor));
    }
}
