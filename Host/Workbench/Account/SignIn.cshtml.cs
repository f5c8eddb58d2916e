using CaseFlow.Engine.Cases;
using CaseFlow.Host.Configuration;
using CaseFlow.Host.Identity;

using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;

namespace CaseFlow.Host.Workbench.Account;

/// <summary>The sign-in page: a local account's name and password for the workbench's cookie.</summary>
[AllowAnonymous]
public sealed class SignInModel(LocalAccounts accounts, IOptions<AuthOptions> auth, ILogger<SignInModel> logger) : WorkbenchPage
{
    /// <summary>The longest user name an account may have.</summary>
    public int MaximumNameLength => LocalAccounts.MaximumNameLength;

    /// <summary>The name typed, shown again after a refusal.</summary>
    public string? UserName { get; private set; }

    /// <summary>The workbench page to go to once signed in.</summary>
    public string ReturnUrl { get; private set; } = WorkbenchCookie.Path;

    /// <summary>True after a refused attempt.</summary>
    public bool Refused { get; private set; }

    /// <summary>True when an OpenID Connect provider signs people in too.</summary>
    public bool ProviderOffered => auth.Value.Oidc.SignsInToWorkbench;

    /// <summary>True when the person came back from the provider without being signed in.</summary>
    public bool ProviderFailed { get; private set; }

    /// <summary>Shows the form.</summary>
    public void OnGet(string? returnUrl, string? provider)
    {
        ReturnUrl = Within(returnUrl);
        ProviderFailed = provider == "failed";
    }

    /// <summary>Sends the person to the provider to sign in, and back to the page they wanted.</summary>
    public IActionResult OnGetProvider(string? returnUrl) => ProviderOffered
        ? Challenge(new AuthenticationProperties { RedirectUri = Within(returnUrl) }, WorkbenchProviderSignIn.Scheme)
        : NotFound();

    /// <summary>Signs in, or shows the form again saying it was refused (the same words whatever was wrong).</summary>
    public async Task<IActionResult> OnPostAsync(string? userName, string? password, string? returnUrl)
    {
        ReturnUrl = Within(returnUrl);
        UserName = userName is { Length: <= 256 } ? userName : null;
        var account = LocalAccounts.NameProblem(userName) is null && password is { Length: <= 1024 }
            ? await accounts.SignInAsync(userName, password, HttpContext.RequestAborted)
            : null;
        if (account is null)
        {
            AuthLog.SignInRefused(logger, UserName ?? "");
            Refused = true;
            Response.StatusCode = StatusCodes.Status401Unauthorized;
            return Page();
        }

        // Positions the organisation no longer declares are left out; every action re-checks the rest against the organisation of the day.
        var definition = Workbench.Definition;
        var positions = account.Positions.Where(p => Positions.Parse(p, definition).Position is not null);
        var principal = CaseFlowClaims.Principal(WorkbenchCookie.Scheme, account.UserName, positions, account.Roles);
        await HttpContext.SignInAsync(WorkbenchCookie.Scheme, principal);
        AuthLog.SignedIn(logger, account.UserName, WorkbenchCookie.IdleTimeout);
        return LocalRedirect(ReturnUrl);
    }

    /// <summary>Only a page of the workbench: anything else would make sign-in an open redirect.</summary>
    private static string Within(string? url) =>
        url is { Length: > 0 and <= 2048 } && url.StartsWith(WorkbenchCookie.Path, StringComparison.OrdinalIgnoreCase)
            && !url.Contains("//", StringComparison.Ordinal) && !url.Contains('\\', StringComparison.Ordinal)
            ? url
            : WorkbenchCookie.Path;
}
