using CaseFlow.Engine.Attachments;
using CaseFlow.Engine.Cases;
using CaseFlow.Engine.Definitions;
using CaseFlow.Host.Http;
using CaseFlow.Host.Privacy;
using CaseFlow.Workflows.Compilation;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CaseFlow.Host.Workbench.Cases;

/// <summary>
/// A case's page: its facts (the reporter masked), its photos and documents, its timeline, the commands the signed-in person may send now (as the definition
/// admits their positions) with the engine's refusals beside them, its supervision and timers, and its workflow diagram.
/// </summary>
[AttachmentSizedBody]
public sealed class CasePageModel(CaseService cases, DefinitionRegistry definitions, TimeProvider time) : WorkbenchPage
{
    /// <summary>The case as the person may see it (personal data masked).</summary>
    public CaseView View { get; private set; } = null!;

    /// <summary>The case now.</summary>
    public CaseState Case => View.State;

    /// <summary>The definition version the case is pinned to.</summary>
    public CompiledDefinition Definition { get; private set; } = null!;

    /// <summary>Names for the pinned definition's ids in the page's language.</summary>
    public Names Names { get; private set; } = null!;

    /// <summary>Times in the township's zone and working time left.</summary>
    public CaseClock Clock { get; private set; } = null!;

    /// <summary>What the person may do now.</summary>
    public IReadOnlyList<CommandOffer> Offers { get; private set; } = [];

    /// <summary>The command just applied (after the redirect), to confirm it.</summary>
    public string? Done { get; private set; }

    /// <summary>True right after the case was received on the receive form.</summary>
    public bool Received { get; private set; }

    /// <summary>The refusal of the command just posted, if any.</summary>
    public CommandRefusal? Refusal { get; private set; }

    /// <summary>Shows the case.</summary>
    public async Task<IActionResult> OnGetAsync(Guid id, string? done, bool? received)
    {
        if (!await LoadAsync(id))
        {
            return NotFound();
        }

        Done = done is not null && Triggers(Definition).Contains(done) ? done : null;
        Received = received == true;
        return Page();
    }

    /// <summary>
    /// Sends one command as the person, in a position they hold, through the engine, with the files chosen on its form staged and
    /// attached; on success back to the page (PRG), otherwise
    /// the page again with the refusal beside the form and the status the API would answer (403 forbidden, 400 bad data, 409 not now).
    /// </summary>
    public async Task<IActionResult> OnPostCommandAsync(Guid id)
    {
        if (!await LoadAsync(id))
        {
            return NotFound();
        }

        var form = Request.Form;
        var trigger = form["trigger"].ToString();
        var posted = form.Keys.Where(k => k is not ("__RequestVerificationToken" or "trigger"))
            .ToDictionary(k => k, k => (IReadOnlyList<string>)[.. form[k].Select(v => v ?? "")], StringComparer.Ordinal);
        if (!Triggers(Definition).Contains(trigger))
        {
            return Refuse(StatusCodes.Status400BadRequest, new CommandRefusal(trigger, $"'{Shorten(trigger)}' is not a command of this case's definition", [], posted));
        }

        var actingAs = form[Acting.Field].ToString();
        if (Acting.Resolve(Workbench, actingAs) is not { } position)
        {
            var (status, message) = NotActing.Of(Workbench, actingAs);
            return Refuse(status, new CommandRefusal(trigger, message, [], posted));
        }

        var (payload, unreadable) = CommandForm.Read(trigger, form, Case, Definition, Clock);
        if (unreadable.Count > 0)
        {
            return Refuse(StatusCodes.Status400BadRequest, new CommandRefusal(trigger, $"'{trigger}' has {unreadable.Count} field(s) that could not be read", unreadable, posted));
        }

        var (attachments, filesStatus, filesRefusal) = await FormFiles.StageAsync(form, cases.Attachments, Workbench.Caller!.Identity, HttpContext.RequestAborted);
        if (filesRefusal is not null)
        {
            return Refuse(filesStatus, new CommandRefusal(trigger, filesRefusal, [], posted));
        }

        var command = new CaseCommand
        {
            Trigger = trigger,
            CaseId = id,
            Actor = position.Id,
            Identity = Workbench.Caller!.Identity,
            Payload = payload,
            Attachments = attachments.Count == 0 ? null : attachments,
        };
        var outcome = await cases.ExecuteAsync(command, HttpContext.RequestAborted);
        if (outcome.Status is CommandStatus.Accepted or CommandStatus.AlreadyApplied)
        {
            return Redirect($"/workbench/cases/{id}?done={Uri.EscapeDataString(trigger)}");
        }

        var decision = outcome.Decision!;
        return Refuse(RefusalStatus.Of(outcome), new CommandRefusal(trigger, decision.Rejection ?? "", decision.Problems, posted));
    }

    private PageResult Refuse(int status, CommandRefusal refusal)
    {
        Refusal = refusal;
        Response.StatusCode = status;
        return Page();
    }

    private async Task<bool> LoadAsync(Guid id)
    {
        var view = await cases.GetAsync(id, HttpContext.RequestAborted);
        if (view is null)
        {
            return false;
        }

        View = await cases.PersonalData.ShowAsync(view, disclose: false, HttpContext.RequestAborted);
        Definition = await definitions.GetAsync(view.State.DefinitionVersion, HttpContext.RequestAborted);
        Names = new Names(Definition, WorkbenchContext.Chinese);
        Clock = new CaseClock(Definition, time.GetUtcNow());
        Offers = [.. View.PermittedTriggers.Select(Offer).OfType<CommandOffer>()];
        return true;
    }

    /// <summary>The trigger offered to the person when a position they hold is among those the definition admits for it on this case now.</summary>
    private CommandOffer? Offer(string trigger)
    {
        var admitted = Permissions.WhoMay(Case, trigger, Definition);
        var acting = Workbench.Positions.Where(p => admitted.Contains(p.Id, StringComparer.Ordinal)).ToList();
        return acting.Count == 0 ? null : new CommandOffer(trigger, acting, CommandForm.Inputs(trigger, Case, Definition, Clock));
    }

    private static HashSet<string> Triggers(CompiledDefinition definition) =>
        [.. definition.Definition.Workflows.SelectMany(w => w.Triggers)];

    private static string Shorten(string text) => text.Length <= 64 ? text : text[..64] + "…";
}
