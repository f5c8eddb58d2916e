using System.Globalization;
using CaseFlow.Engine.Audit;
using CaseFlow.Engine.Cases;
using CaseFlow.Engine.History;
using CaseFlow.Engine.Input;
using CaseFlow.Host.Identity;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace CaseFlow.Host.Workbench.Audit;

/// <summary>
/// The auditors' start page: find cases (by id, by client key, or those last updated in a period, in one workflow or all) to replay,
/// and verify every chain in the store.
/// </summary>
[Authorize(Policy = CaseFlowPolicies.Auditor)]
public sealed class IndexModel(ICaseStore store, Engine.Attachments.AttachmentService attachments) : WorkbenchPage
{
    /// <summary>Cases listed per page.</summary>
    public const int PageSize = 25;

    /// <summary>A case id or a client key.</summary>
    [BindProperty(SupportsGet = true)]
    public string? Q { get; set; }

    /// <summary>Only cases in this workflow.</summary>
    [BindProperty(SupportsGet = true)]
    public string? Workflow { get; set; }

    /// <summary>Only cases last updated on or after this day.</summary>
    [BindProperty(SupportsGet = true)]
    public DateOnly? From { get; set; }

    /// <summary>Only cases last updated on or before this day.</summary>
    [BindProperty(SupportsGet = true)]
    public DateOnly? To { get; set; }

    /// <summary>Where this page of the list starts: after the case last updated at this instant…</summary>
    [BindProperty(SupportsGet = true)]
    public string? AfterAt { get; set; }

    /// <summary>…with this id.</summary>
    [BindProperty(SupportsGet = true)]
    public Guid? AfterId { get; set; }

    /// <summary>The cases found.</summary>
    public IReadOnlyList<CaseState> Cases { get; private set; } = [];

    /// <summary>True when a search was asked for (rather than the first visit).</summary>
    public bool Searched { get; private set; }

    /// <summary>The query string of the next page, when there is one.</summary>
    public string? NextPage { get; private set; }

    /// <summary>What was wrong with the search, in the engine's words.</summary>
    public string? Problem { get; private set; }

    /// <summary>True when the form's values could not be read at all (a day that is not a date).</summary>
    public bool Unreadable { get; private set; }

    /// <summary>The outcome of verifying every chain, after the verify button.</summary>
    public VerifyReport? Verified { get; private set; }

    /// <summary>The workflows a search may be narrowed to.</summary>
    public IEnumerable<string> Workflows => Workbench.Definition.Workflows.Keys.Order(StringComparer.Ordinal);

    /// <summary>Shows the form, and the cases found when a search was asked for.</summary>
    public async Task OnGetAsync()
    {
        Searched = Request.Query.Count > 0;
        if (!ModelState.IsValid)
        {
            Unreadable = true;
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return;
        }

        Problem = await SearchAsync(HttpContext.RequestAborted);
        if (Problem is not null)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
        }
    }

    /// <summary>Verifies every chain in the store, and every attachment against its recorded SHA-256, and shows the outcome.</summary>
    public async Task OnPostVerifyAsync() => Verified = await ChainVerifier.VerifyAsync(store, attachments, null, HttpContext.RequestAborted);

    private async Task<string?> SearchAsync(CancellationToken cancellationToken)
    {
        if (!string.IsNullOrWhiteSpace(Q))
        {
            return await FindAsync(Q.Trim(), cancellationToken);
        }

        if (!string.IsNullOrEmpty(Workflow) && !Workbench.Definition.Workflows.ContainsKey(Workflow))
        {
            return $"there is no workflow '{Workflow}'; choose one of {string.Join(", ", Workflows)}";
        }

        DateTimeOffset? from = null, to = null;
        if (From is not null || To is not null)
        {
            var (start, end, problem) = AuditDays.Period(From ?? To!.Value, To ?? From!.Value, Workbench.Definition.Calendar);
            if (problem is not null)
            {
                return problem;
            }

            (from, to) = (start, end);
        }

        CaseListPosition? after = null;
        if (AfterAt is not null || AfterId is not null)
        {
            if (!DateTimeOffset.TryParseExact(AfterAt, "O", CultureInfo.InvariantCulture, DateTimeStyles.None, out var at) || AfterId is null)
            {
                return "afterAt and afterId name where the next page starts; follow the next-page link rather than editing them";
            }

            after = new CaseListPosition(at, AfterId.Value);
        }

        // Newest update first: a period's end is where the list starts (every case updated before it), its start where it stops.
        after ??= to is { } until ? new CaseListPosition(until.ToUniversalTime(), Guid.Empty) : null;
        var page = await store.ListPageAsync(new CaseFilter { Workflow = string.IsNullOrEmpty(Workflow) ? null : Workflow }, after, PageSize + 1, cancellationToken);
        var inPeriod = page.TakeWhile(c => from is null || c.UpdatedAt >= from).ToList();
        Cases = [.. inPeriod.Take(PageSize)];
        if (inPeriod.Count > PageSize)
        {
            var last = Cases[^1];
            NextPage = QueryString.Create(new Dictionary<string, string?>
            {
                ["workflow"] = Workflow,
                ["from"] = From?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                ["to"] = To?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                ["afterAt"] = last.UpdatedAt.ToString("O", CultureInfo.InvariantCulture),
                ["afterId"] = last.Id.ToString(),
            }.Where(p => !string.IsNullOrEmpty(p.Value))).ToUriComponent();
        }

        return null;
    }

    /// <summary>The case a case id or a client key names.</summary>
    private async Task<string?> FindAsync(string text, CancellationToken cancellationToken)
    {
        var limit = InputLimits.Of("clientKey").MaxLength;
        if (!Guid.TryParse(text, out var id))
        {
            if (text.Length > limit)
            {
                return $"a client key is at most {limit} characters, and a case id is a GUID such as 3f2504e0-4f89-11d3-9a0c-0305e82c3301";
            }

            id = await store.FindByClientKeyAsync(text, cancellationToken) ?? Guid.Empty;
        }

        Cases = id == Guid.Empty || await store.ReadSnapshotAsync(id, cancellationToken) is not { } found ? [] : [found];
        return null;
    }
}
