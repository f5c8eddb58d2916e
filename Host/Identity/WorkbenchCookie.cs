using CaseFlow.Engine.Accounts;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;

namespace CaseFlow.Host.Identity;

/// <summary>
/// How people signed in to the workbench (the web console under <see cref="Path"/>) are known: a cookie holding the same claims a
/// token carries (<see cref="CaseFlowClaims"/>), used only for the workbench's own pages — the API never reads it, so a page from
/// another site cannot act through the API with it, and the workbench's forms carry an antiforgery token.
/// </summary>
public static class WorkbenchCookie
{
    /// <summary>The scheme of the workbench's cookie.</summary>
    public const string Scheme = "Workbench";

    /// <summary>The path the workbench is served under.</summary>
    public const string Path = "/workbench";

    /// <summary>How long a sign-in lasts without use; each request within it extends it.</summary>
    public static readonly TimeSpan IdleTimeout = TimeSpan.FromHours(8);

    /// <summary>True when the request is for the workbench (its pages, assets and sign-in), which the cookie authenticates.</summary>
    public static bool Serves(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return context.Request.Path.StartsWithSegments(Path, StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>Sets the cookie's name, lifetime, pages and the check that its account still exists and is enabled.</summary>
    public static void Configure(CookieAuthenticationOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.Cookie.Name = "caseflow.workbench";
        options.Cookie.HttpOnly = true;
        options.Cookie.SameSite = SameSiteMode.Lax;
        options.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
        options.Cookie.Path = Path;
        options.ExpireTimeSpan = IdleTimeout;
        options.SlidingExpiration = true;
        options.LoginPath = Path + "/sign-in";
        options.LogoutPath = Path + "/sign-out";
        options.AccessDeniedPath = Path + "/denied";
        options.ReturnUrlParameter = "returnUrl";
        options.Events = new CookieAuthenticationEvents { OnValidatePrincipal = ValidateAsync };
    }

    /// <summary>A local account's cookie stands for it only while it exists and is enabled: disabling it signs it out at once.</summary>
    private static async Task ValidateAsync(CookieValidatePrincipalContext context)
    {
        var identity = context.Principal?.FindFirst(CaseFlowClaims.Identity)?.Value;
        if (identity is null)
        {
            context.RejectPrincipal();
            return;
        }

        if (identity.StartsWith(CaseFlowClaims.OidcPrefix, StringComparison.Ordinal))
        {
            return;
        }

        var account = await context.HttpContext.RequestServices.GetRequiredService<IAccountStore>().FindAccountAsync(identity, context.HttpContext.RequestAborted);
        if (account is null || account.Disabled)
        {
            context.RejectPrincipal();
            await context.HttpContext.SignOutAsync(Scheme);
        }
    }
}
