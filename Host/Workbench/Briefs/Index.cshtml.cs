using CaseFlow.Engine.Definitions;
using CaseFlow.Engine.History;
using CaseFlow.Engine.Privacy;
using CaseFlow.Host.Configuration;
using Microsoft.Extensions.Options;

namespace CaseFlow.Host.Workbench.Briefs;

/// <summary>The briefs' page: pick a platform's week, a month or a year, and read the brief or the assessment.</summary>
public sealed class IndexModel(ICaseStore store, DefinitionRegistry definitions, PersonalDataVault vault, TimeProvider time, IOptions<BriefOptions> options)
    : BriefPage(store, definitions, vault, time, options)
{
    /// <summary>Shows the pickers.</summary>
    public void OnGet()
    {
    }
}
