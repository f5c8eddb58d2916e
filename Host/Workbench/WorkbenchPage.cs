using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CaseFlow.Host.Workbench;

/// <summary>The base of the workbench's page models: the request's <see cref="WorkbenchContext"/> at hand.</summary>
public abstract class WorkbenchPage : PageModel
{
    /// <summary>Who is signed in, what they hold, the definition and its names.</summary>
    public WorkbenchContext Workbench => HttpContext.RequestServices.GetRequiredService<WorkbenchContext>();
}
