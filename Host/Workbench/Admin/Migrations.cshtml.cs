using CaseFlow.Engine.Definitions;
using CaseFlow.Engine.History;
using CaseFlow.Engine.Input;
using CaseFlow.Engine.Migration;
using CaseFlow.Host.Identity;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace CaseFlow.Host.Workbench.Admin;

/// <summary>
/// Moving the running cases of an older definition version to another: how many cases each version holds, a dry run showing per case
/// what would change and which cannot move and why, and applying it, all through the migrator the admin API uses.
/// </summary>
[Authorize(Policy = CaseFlowPolicies.Administrator)]
public sealed class MigrationsModel(DefinitionRegistry registry, ICaseStore store, CaseMigrator migrator, IStringLocalizer<AdminText> texts) : WorkbenchPage
{
    /// <summary>The version whose running cases move.</summary>
    [BindProperty]
    public int? FromVersion { get; set; }

    /// <summary>The version they move to.</summary>
    [BindProperty]
    public int? ToVersion { get; set; }

    /// <summary>The state mapping as typed, one <c>old = new</c> per line.</summary>
    [BindProperty]
    public string? Mapping { get; set; }

    /// <summary>Why, recorded with each case's migration.</summary>
    [BindProperty]
    public string? Reason { get; set; }

    /// <summary>Every stored version, oldest first.</summary>
    public IReadOnlyList<int> Versions { get; private set; } = [];

    /// <summary>The current version.</summary>
    public int Current { get; private set; }

    /// <summary>Per version, its running and its ended cases.</summary>
    public IReadOnlyDictionary<int, (int Running, int Ended)> Cases { get; private set; } = new Dictionary<int, (int, int)>();

    /// <summary>What is wrong with the form, by field; nothing is planned or moved while there is any.</summary>
    public IReadOnlyList<(string Field, string Message)> Problems { get; private set; } = [];

    /// <summary>The dry run or the migration done; null before one.</summary>
    public MigrationReport? Report { get; private set; }

    /// <summary>Shows the versions and their cases, proposing to move the oldest version with running cases to the current one.</summary>
    public async Task OnGetAsync()
    {
        await ReadAsync();
        FromVersion = Cases.Where(c => c.Key != Current && c.Value.Running > 0).Select(c => (int?)c.Key).Min();
        ToVersion = Current;
    }

    /// <summary>The dry run: what would move and what cannot. Nothing is recorded.</summary>
    public Task<IActionResult> OnPostPlanAsync() => RunAsync(migrator.PlanAsync);

    /// <summary>Moves every case that can move; the others stay as they are.</summary>
    public Task<IActionResult> OnPostApplyAsync() => RunAsync(migrator.ApplyAsync);

    private async Task<IActionResult> RunAsync(Func<MigrationRequest, CancellationToken, Task<MigrationReport>> run)
    {
        var (mapping, badLines) = StateMappingText.Parse(Mapping);
        var problems = badLines.Select(line => ("mapping", texts["MappingLine", line].Value)).ToList();
        if (InputText.Problem("reason", Reason) is { } reason)
        {
            problems.Add(("reason", reason));
        }

        if (FromVersion is not { } from || ToVersion is not { } to)
        {
            problems.Add(("versions", texts["VersionsRequired"].Value));
        }
        else if (problems.Count == 0)
        {
            // The administrator recorded on every moved case is the one signed in.
            Report = await run(new MigrationRequest
            {
                FromVersion = from,
                ToVersion = to,
                StateMapping = mapping,
                Actor = Workbench.Caller!.Identity,
                Reason = string.IsNullOrWhiteSpace(Reason) ? null : Reason,
            }, HttpContext.RequestAborted);
            problems.AddRange(Report.Problems.Select(p => (p.Field, p.Message)));
        }

        Problems = problems;
        if (problems.Count > 0)
        {
            // Shown on the page (200) like every outcome here: nothing was planned or moved.
            Report = null;
        }

        await ReadAsync();
        return Page();
    }

    private async Task ReadAsync()
    {
        Versions = (await registry.ListAsync(HttpContext.RequestAborted)).Select(v => v.Number).ToList();
        Current = registry.CurrentVersion;
        var cases = await store.ListAsync(limit: int.MaxValue, cancellationToken: HttpContext.RequestAborted);
        Cases = cases.GroupBy(c => c.DefinitionVersion).ToDictionary(g => g.Key, g => (g.Count(c => !c.IsFinal), g.Count(c => c.IsFinal)));
    }
}
