using System.Text;
using CaseFlow.Engine.Audit;
using CaseFlow.Engine.Cases;
using CaseFlow.Engine.History;
using CaseFlow.Engine.Privacy;
using CaseFlow.Host.Audit;
using CaseFlow.Host.Http;
using CaseFlow.Host.Identity;
using CaseFlow.Host.Privacy;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace CaseFlow.Host.Workbench.Audit;

/// <summary>
/// One case for an auditor: its replay stepped through event by event (actor, outcome, hash check, divergences), its verdict, its
/// history to download, and its reporter's personal data shown once a reason is given (and recorded, as the API records it).
/// </summary>
[Authorize(Policy = CaseFlowPolicies.Auditor)]
public sealed class ReplayModel(CaseAudit audit, ICaseStore store, PersonalDataVault vault) : WorkbenchPage
{
    /// <summary>What a disclosure from this page is recorded as: the same as the API's replay.</summary>
    public const string DisclosedAs = "replay";

    /// <summary>The case.</summary>
    [BindProperty(SupportsGet = true)]
    public Guid Id { get; set; }

    /// <summary>The replay.</summary>
    public ReplayReport Report { get; private set; } = null!;

    /// <summary>Each step beside its stored event.</summary>
    public IReadOnlyList<ReplayStepView> Steps { get; private set; } = [];

    /// <summary>The case as its history folds to, with personal data masked unless <see cref="Disclosed"/>.</summary>
    public CaseState? State { get; private set; }

    /// <summary>True once personal data was disclosed for this response (and the disclosure recorded).</summary>
    public bool Disclosed { get; private set; }

    /// <summary>The reason typed, shown again after a refusal.</summary>
    public string? Reason { get; private set; }

    /// <summary>True when the reason given breaks the rule.</summary>
    public bool ReasonRefused { get; private set; }

    /// <summary>The longest reason.</summary>
    public static int MaximumReasonLength => Disclosure.MaximumReasonLength;

    /// <summary>Shows the replay.</summary>
    public async Task<IActionResult> OnGetAsync() => await LoadAsync(disclose: false) ? Page() : NotFound();

    /// <summary>Shows the reporter's personal data for a reason that follows the rule, recording the disclosure first.</summary>
    public async Task<IActionResult> OnPostDiscloseAsync(string? reason)
    {
        Reason = reason is { Length: <= 2 * Disclosure.MaximumReasonLength } ? reason : null;
        var valid = PersonalDataGate.ValidReason(reason);
        if (valid is null)
        {
            ReasonRefused = true;
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return await LoadAsync(disclose: false) ? Page() : NotFound();
        }

        if (await store.ReadSnapshotAsync(Id, HttpContext.RequestAborted) is null)
        {
            return NotFound();
        }

        // The page's policy admits auditors only; the recorder checks the role again, as the API's gate does.
        var caller = Workbench.Caller ?? throw new InvalidOperationException("an auditor's page was reached without a signed-in caller");
        Disclosed = await PersonalDataGate.RecordAsync(HttpContext.RequestServices, caller, valid, DisclosedAs, Id, null, null, HttpContext.RequestAborted);
        return await LoadAsync(Disclosed) ? Page() : NotFound();
    }

    /// <summary>The case's whole history as a JSON or CSV download (personal data masked), written as it is read.</summary>
    public async Task<IActionResult> OnGetExportAsync(string? format)
    {
        if (HistoryDownload.Format(format) is not { } kind)
        {
            return BadRequest();
        }

        if (await store.ReadSnapshotAsync(Id, HttpContext.RequestAborted) is null)
        {
            return NotFound();
        }

        Response.ContentType = HistoryDownload.ContentType(kind);
        Response.Headers.ContentDisposition = $"attachment; filename=\"case-{Id}.{kind}\"";
        await using var writer = new StreamWriter(Response.Body, new UTF8Encoding(false), bufferSize: 16 * 1024, leaveOpen: true);
        await HistoryDownload.WriteAsync(writer, vault.ShowEachAsync(ExportScope.Case(Id).ReadAsync(store, null, HttpContext.RequestAborted), false, HttpContext.RequestAborted), kind, false, store, HttpContext.RequestAborted);
        return new EmptyResult();
    }

    private async Task<bool> LoadAsync(bool disclose)
    {
        if (await audit.ReplayWithHistoryAsync(Id, HttpContext.RequestAborted) is not { } replayed)
        {
            return false;
        }

        Report = replayed.Report;
        Steps = ReplayStepView.Of(replayed);
        State = Report.State is null ? null : (await vault.ShowAsync(Report, disclose, HttpContext.RequestAborted)).State;
        return true;
    }
}
