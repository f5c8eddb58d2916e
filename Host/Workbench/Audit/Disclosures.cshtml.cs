using System.Globalization;
using CaseFlow.Engine.Audit;
using CaseFlow.Host.Audit;
using CaseFlow.Host.Identity;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace CaseFlow.Host.Workbench.Audit;

/// <summary>Who was shown reporters' personal data, when, of what and why: the record GET /audit/disclosures lists, by days.</summary>
[Authorize(Policy = CaseFlowPolicies.Auditor)]
public sealed class DisclosuresModel(IDisclosureLog log, TimeProvider time) : WorkbenchPage
{
    /// <summary>Disclosures listed per page.</summary>
    public const int PageSize = 50;

    /// <summary>The first day listed.</summary>
    [BindProperty(SupportsGet = true)]
    public DateOnly? From { get; set; }

    /// <summary>The last day listed.</summary>
    [BindProperty(SupportsGet = true)]
    public DateOnly? To { get; set; }

    /// <summary>Where this page starts: after the disclosure made at this instant…</summary>
    [BindProperty(SupportsGet = true)]
    public string? AfterAt { get; set; }

    /// <summary>…with this running number.</summary>
    [BindProperty(SupportsGet = true)]
    public long? AfterSeq { get; set; }

    /// <summary>The disclosures listed, oldest first.</summary>
    public IReadOnlyList<Disclosure> Listed { get; private set; } = [];

    /// <summary>The period listed.</summary>
    public (DateTimeOffset From, DateTimeOffset To) Period { get; private set; }

    /// <summary>The query string of the next page, when there is one.</summary>
    public string? NextPage { get; private set; }

    /// <summary>What was wrong with the period asked for.</summary>
    public string? Problem { get; private set; }

    /// <summary>Lists the disclosures of the period (the last 31 days when none is asked).</summary>
    public async Task OnGetAsync()
    {
        Problem = !ModelState.IsValid ? "from and to must be days, e.g. 2026-11-01" : await ListAsync(HttpContext.RequestAborted);
        if (Problem is not null)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
        }
    }

    private async Task<string?> ListAsync(CancellationToken cancellationToken)
    {
        var calendar = Workbench.Definition.Calendar;
        if (From is null && To is null)
        {
            Period = DisclosurePeriod.Default(time.GetUtcNow());
        }
        else
        {
            var (start, end, problem) = AuditDays.Period(From ?? To!.Value, To ?? From!.Value, calendar);
            if (problem is not null)
            {
                return problem;
            }

            Period = (start, end);
        }

        DisclosurePosition? after = null;
        if (AfterAt is not null || AfterSeq is not null)
        {
            if (!DateTimeOffset.TryParseExact(AfterAt, "O", CultureInfo.InvariantCulture, DateTimeStyles.None, out var at) || AfterSeq is null)
            {
                return "afterAt and afterSeq name where the next page starts; follow the next-page link rather than editing them";
            }

            after = new DisclosurePosition(at, AfterSeq.Value);
        }

        var page = await log.ListDisclosuresAsync(Period.From, Period.To, PageSize + 1, after, cancellationToken);
        Listed = [.. page.Take(PageSize)];
        if (page.Count > PageSize)
        {
            var last = Listed[^1];
            NextPage = QueryString.Create(new Dictionary<string, string?>
            {
                ["from"] = From?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                ["to"] = To?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                ["afterAt"] = last.At.ToString("O", CultureInfo.InvariantCulture),
                ["afterSeq"] = last.Seq!.Value.ToString(CultureInfo.InvariantCulture),
            }.Where(p => !string.IsNullOrEmpty(p.Value))).ToUriComponent();
        }

        return null;
    }
}
