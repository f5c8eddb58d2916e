using CaseFlow.Engine.Cases;
using CaseFlow.Engine.Definitions;
using CaseFlow.Engine.History;

namespace CaseFlow.Engine.Audit;

/// <summary>The auditor's questions about one case, answered from the store through the case's pinned definition.</summary>
public sealed class CaseAudit(IEventStore store, DefinitionRegistry definitions)
{
    /// <summary>Replays the case; null when there is no such case.</summary>
    public async Task<ReplayReport?> ReplayAsync(Guid caseId, CancellationToken cancellationToken = default) =>
        (await ReplayWithHistoryAsync(caseId, cancellationToken))?.Report;

    /// <summary>Replays the case and keeps the stored events it replayed; null when there is no such case.</summary>
    public async Task<ReplayedCase?> ReplayWithHistoryAsync(Guid caseId, CancellationToken cancellationToken = default)
    {
        var history = await store.ReadAsync(caseId, cancellationToken);
        var stored = await store.ReadSnapshotAsync(caseId, cancellationToken);
        if (history.Count == 0 && stored is null)
        {
            return null;
        }

        if (history.Count == 0)
        {
            return new(CaseReplayer.Replay(caseId, history, new Dictionary<int, Workflows.Compilation.CompiledDefinition> { [stored!.DefinitionVersion] = await definitions.GetAsync(stored.DefinitionVersion, cancellationToken) }, stored, definitions.Calendars.Current), history);
        }

        // Each event replays on the version it was recorded under: the one the case started on, or one a migration moved it to.
        return new(CaseReplayer.Replay(caseId, history, await definitions.ForHistoryAsync(history, cancellationToken), stored, definitions.Calendars.Current), history);
    }

    /// <summary>The case as it stood at an instant (its events recorded at or before it); null when it did not exist yet.</summary>
    public async Task<CaseState?> AsOfAsync(Guid caseId, DateTimeOffset instant, CancellationToken cancellationToken = default)
    {
        var history = await store.ReadAsync(caseId, cancellationToken);
        var until = history.TakeWhile(e => e.At <= instant).ToList();
        if (until.Count == 0)
        {
            return null;
        }

        var byVersion = await definitions.ForHistoryAsync(until, cancellationToken);
        return CaseEvolver.Replay(until, v => byVersion[v]);
    }
}
