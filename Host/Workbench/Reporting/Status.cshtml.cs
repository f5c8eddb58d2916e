using CaseFlow.Engine.Cases;
using CaseFlow.Engine.Definitions;
using CaseFlow.Host.Reporting;
using CaseFlow.Host.Workbench.Cases;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CaseFlow.Host.Workbench.Reporting;

/// <summary>
/// The reporter's page (群众查看进度), opened from the link sent at submission, without an account: where the case stands, its deadline
/// and result, and the forms for what the definition lets the reporter do now (confirm or dispute the result, rate it). The code in
/// the link is the credential, as on the JSON view; a form carries it in its body, so a post's address holds no code.
/// </summary>
[AllowAnonymous]
[ForBrowsers]
public sealed class StatusModel(CaseService cases, DefinitionRegistry definitions, TimeProvider time) : PageModel
{
    /// <summary>The longest code accepted from a form or the address (codes are 22 characters).</summary>
    private const int CodeLength = 64;

    /// <summary>The longest trigger name accepted from a form.</summary>
    private const int TriggerLength = 64;

    /// <summary>The case, as the link's holder sees it; null on the refusal page.</summary>
    internal ReporterCase? Case { get; private set; }

    /// <summary>The code from the link, carried on in the forms.</summary>
    public string Code { get; private set; } = "";

    /// <summary>When the page was made.</summary>
    public DateTimeOffset Now { get; private set; }

    /// <summary>The steps of the case's progress.</summary>
    internal IReadOnlyList<ProgressStep> Steps { get; private set; } = [];

    /// <summary>The handling deadline and where the case stands against it; null before one is set.</summary>
    internal ReporterDeadline? Deadline { get; private set; }

    /// <summary>The command just sent through this page, to say it was recorded.</summary>
    public string? Done { get; private set; }

    /// <summary>Why the command posted was refused (in Chinese), and the fields it concerns.</summary>
    public ReporterRefusal? Refusal { get; private set; }

    /// <summary>Shows the case to the holder of its code, or the page saying the link is not valid (403).</summary>
    public async Task<IActionResult> OnGetAsync(Guid id, string? code, string? done)
    {
        if (!await OpenAsync(id, code))
        {
            return Page();
        }

        Done = Case!.State.Version > 0 && done is { Length: <= TriggerLength } && Case.History.Any(e => e.Trigger == done && e.Identity == ReporterAccess.Identity) ? done : null;
        return Page();
    }

    /// <summary>
    /// Sends one of the reporter's commands from its form on the same path as the JSON route; on success back to the page (post,
    /// redirect, get), otherwise the page again with the refusal and the status the API would answer.
    /// </summary>
    public async Task<IActionResult> OnPostAsync(Guid id)
    {
        var form = Request.Form;
        if (!await OpenAsync(id, form["code"].ToString()))
        {
            return Page();
        }

        var trigger = form["trigger"].ToString();
        var name = trigger.Length <= TriggerLength ? Case!.May.FirstOrDefault(t => string.Equals(t, trigger, StringComparison.OrdinalIgnoreCase)) : null;
        if (name is null)
        {
            return Refuse(StatusCodes.Status403Forbidden, new ReporterRefusal(
                Case!.May.Count == 0 ? "这件事项现在不需要您确认或评价，可能已经办理过。请查看下面的最新进展。" : "这项操作现在不能进行，请使用下面列出的表单。", []));
        }

        var (payload, unreadable) = CommandForm.Read(name, form, Case!.State, Case.Definition, new CaseClock(Case.Definition, Now));
        var outcome = unreadable.Count > 0 ? null : await ReporterAccess.SendAsync(cases, id, name, payload, HttpContext.RequestAborted);
        if (outcome?.Status is CommandStatus.Accepted or CommandStatus.AlreadyApplied)
        {
            return Redirect($"{ReporterPage.Path}/{id}?code={Uri.EscapeDataString(Code)}&done={Uri.EscapeDataString(name)}");
        }

        var problems = outcome?.Decision?.Problems ?? unreadable;
        var status = outcome is null ? StatusCodes.Status400BadRequest : RefusalStatus.Of(outcome);
        return Refuse(status, new ReporterRefusal(
            status switch
            {
                StatusCodes.Status400BadRequest => "提交的内容不完整或有误，请按下面的提示修改后再提交。",
                StatusCodes.Status409Conflict => "这件事项的进展已经变化，这项操作现在不能进行。请查看下面的最新进展。",
                _ => "这项操作现在不能进行。",
            },
            [.. problems.Select(p => p.Field)]));
    }

    private PageResult Refuse(int status, ReporterRefusal refusal)
    {
        Refusal = refusal;
        Response.StatusCode = status;
        return Page();
    }

    /// <summary>Loads the case when the code opens it; otherwise answers 403 (404 when a valid code names no case) with no case to show.</summary>
    private async Task<bool> OpenAsync(Guid id, string? code)
    {
        Now = time.GetUtcNow();
        if (code is not { Length: > 0 and <= CodeLength } || !ReporterAccess.Opens(id, code, cases))
        {
            Response.StatusCode = StatusCodes.Status403Forbidden;
            return false;
        }

        Case = await ReporterAccess.LoadAsync(id, cases, definitions, HttpContext.RequestAborted);
        if (Case is null)
        {
            Response.StatusCode = StatusCodes.Status404NotFound;
            return false;
        }

        Code = code;
        Steps = ReporterProgress.Of(Case);
        Deadline = ReporterDeadline.Of(Case.State, Case.History, Now);
        return true;
    }
}

/// <summary>Why a reporter's command was refused, in words for the reporter, and the form fields the engine found wrong.</summary>
/// <param name="Message">What went wrong and what to do.</param>
/// <param name="Fields">The fields concerned (by their form or payload names).</param>
public sealed record ReporterRefusal(string Message, IReadOnlyList<string> Fields);
