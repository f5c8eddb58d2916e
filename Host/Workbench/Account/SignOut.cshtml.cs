using CaseFlow.Host.Identity;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CaseFlow.Host.Workbench.Account;

/// <summary>Signs out (a POST from the form on every page; a GET only goes back to the workbench).</summary>
public sealed class SignOutModel : PageModel
{
    /// <summary>A link followed to the sign-out page signs nobody out: it goes to the workbench.</summary>
    public IActionResult OnGet() => LocalRedirect(WorkbenchCookie.Path);

    /// <summary>Removes the workbench's cookie and shows the sign-in page.</summary>
    public async Task<IActionResult> OnPostAsync()
    {
        await HttpContext.SignOutAsync(WorkbenchCookie.Scheme);
        return LocalRedirect(WorkbenchCookie.Path + "/sign-in");
    }
}
