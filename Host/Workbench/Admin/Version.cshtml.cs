using System.Text;
using CaseFlow.Engine.Definitions;
using CaseFlow.Host.Identity;
using CaseFlow.Workflows.Compilation;
using CaseFlow.Workflows.Versioning;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace CaseFlow.Host.Workbench.Admin;

/// <summary>One stored version: its particulars, each workflow drawn, what changed from the version before, and its JSON to download.</summary>
[Authorize(Policy = CaseFlowPolicies.Administrator)]
public sealed class VersionModel(DefinitionRegistry registry) : WorkbenchPage
{
    /// <summary>The version asked for.</summary>
    public int Requested { get; private set; }

    /// <summary>The version's particulars; null when there is no such version.</summary>
    public DefinitionVersionInfo? Info { get; private set; }

    /// <summary>The version's definition; null when there is no such version.</summary>
    public CompiledDefinition? Definition { get; private set; }

    /// <summary>True when new cases start on this version.</summary>
    public bool IsCurrent { get; private set; }

    /// <summary>The version before it, if any.</summary>
    public int? Previous { get; private set; }

    /// <summary>What changed from <see cref="Previous"/> to this version.</summary>
    public DefinitionChanges? Changes { get; private set; }

    /// <summary>Every version stored, for the page that names an unknown one.</summary>
    public IReadOnlyList<int> Known { get; private set; } = [];

    /// <summary>Shows the version, or a 404 page listing the versions there are.</summary>
    public async Task<IActionResult> OnGetAsync(int version)
    {
        Requested = version;
        var versions = await registry.ListAsync(HttpContext.RequestAborted);
        Known = versions.Select(v => v.Number).ToList();
        if (versions.FirstOrDefault(v => v.Number == version) is not { } info || await registry.FindAsync(version, HttpContext.RequestAborted) is not { } definition)
        {
            Response.StatusCode = StatusCodes.Status404NotFound;
            return Page();
        }

        Info = info;
        Definition = definition;
        IsCurrent = version == registry.CurrentVersion;
        Previous = versions.Where(v => v.Number < version).Select(v => (int?)v.Number).LastOrDefault();
        if (Previous is { } previous)
        {
            Changes = DefinitionDiff.Compare((await registry.GetAsync(previous, HttpContext.RequestAborted)).Definition, definition.Definition);
        }

        return Page();
    }

    /// <summary>The version's text exactly as it was published, as a file to save.</summary>
    public async Task<IActionResult> OnGetContentAsync(int version) =>
        await registry.ReadTextAsync(version, HttpContext.RequestAborted) is { } text
            ? File(Encoding.UTF8.GetBytes(text), "application/json; charset=utf-8", $"workflows.v{version}.json")
            : NotFound();
}
