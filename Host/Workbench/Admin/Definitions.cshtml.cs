using CaseFlow.Engine.Calendars;
using CaseFlow.Engine.Definitions;
using CaseFlow.Host.Identity;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace CaseFlow.Host.Workbench.Admin;

/// <summary>The current definition (its version, hash, who published it and what it declares) and every stored version.</summary>
[Authorize(Policy = CaseFlowPolicies.Administrator)]
public sealed class DefinitionsModel(DefinitionRegistry registry, DeadlineRecomputer recomputer) : WorkbenchPage
{
    /// <summary>The current version's particulars.</summary>
    public DefinitionVersionInfo Current { get; private set; } = null!;

    /// <summary>The current definition's name.</summary>
    public string Name { get; private set; } = "";

    /// <summary>What the current definition declares.</summary>
    public DefinitionSummary Summary { get; private set; } = null!;

    /// <summary>Every stored version, newest first.</summary>
    public IReadOnlyList<DefinitionVersionInfo> Versions { get; private set; } = [];

    /// <summary>The current working calendar's version, or null when none is published.</summary>
    public int? CalendarVersion { get; private set; }

    /// <summary>The years the current working calendar declares, in order.</summary>
    public IReadOnlyList<int> YearsDeclared { get; private set; } = [];

    /// <summary>Open cases whose deadline is provisional (it falls in or counts across a year no calendar declares).</summary>
    public IReadOnlyList<ProvisionalCase> Provisional { get; private set; } = [];

    /// <summary>The undeclared years the provisional deadlines wait on, in order.</summary>
    public IReadOnlyList<int> UndeclaredYears => [.. Provisional.SelectMany(c => c.UndeclaredYears).Distinct().Order()];

    /// <summary>What the draft page just published, said once after its redirect.</summary>
    [TempData]
    public string? Published { get; set; }

    /// <summary>Reads the current version and the list.</summary>
    public async Task OnGetAsync()
    {
        var (version, definition) = registry.GetCurrent();
        var versions = await registry.ListAsync(HttpContext.RequestAborted);
        Current = versions.Single(v => v.Number == version);
        Name = definition.Definition.Name;
        Summary = DefinitionSummary.Of(definition);
        Versions = versions.Reverse().ToList();
        CalendarVersion = registry.Calendars.CurrentInfo?.Number;
        YearsDeclared = CalendarVersion is { } calendar ? [.. registry.Calendars.Declaration(calendar)!.Years.Select(y => y.Year).Order()] : [];
        Provisional = await recomputer.ListProvisionalAsync(HttpContext.RequestAborted);
    }
}
