namespace CaseFlow.Host.Workbench.Briefs;

/// <summary>An endpoint result (a problem from <c>Problems</c>) answered from a page handler.</summary>
internal sealed class ResultAction(IResult result) : Microsoft.AspNetCore.Mvc.IActionResult
{
    public Task ExecuteResultAsync(Microsoft.AspNetCore.Mvc.ActionContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return result.ExecuteAsync(context.HttpContext);
    }
}
