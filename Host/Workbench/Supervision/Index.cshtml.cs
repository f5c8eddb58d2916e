using CaseFlow.Engine.Definitions;
using CaseFlow.Engine.History;

namespace CaseFlow.Host.Workbench.Supervision;

/// <summary>The leaders' 督办 view: every overdue and warned case, every escalation, today's intake and the indicators per platform.</summary>
public sealed class IndexModel(ICaseStore store, DefinitionRegistry definitions, TimeProvider time) : SupervisionPage(store, definitions, time)
{
    /// <summary>Reads the board.</summary>
    public Task OnGetAsync() => ReadBoardAsync();
}
