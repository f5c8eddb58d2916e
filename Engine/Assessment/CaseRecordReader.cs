using CaseFlow.Engine.Cases;
using CaseFlow.Engine.Definitions;
using CaseFlow.Engine.History;

namespace CaseFlow.Engine.Assessment;

/// <summary>Reads every case with its history from the store, folded under the versions it ran on: the assessment's input.</summary>
public sealed class CaseRecordReader(IEventStore store, DefinitionRegistry definitions)
{
    /// <summary>Every case in the store, with its history.</summary>
    public async Task<IReadOnlyList<CaseRecord>> ReadAllAsync(CancellationToken cancellationToken = default)
    {
        var records = new List<CaseRecord>();
        var history = new List<CaseEvent>();
        await foreach (var e in store.ReadAllAsync(cancellationToken))
        {
            if (history.Count > 0 && history[0].CaseId != e.CaseId)
            {
                records.Add(await FoldAsync(history, cancellationToken));
                history = [];
            }

            history.Add(e);
        }

        if (history.Count > 0)
        {
            records.Add(await FoldAsync(history, cancellationToken));
        }

        return records;
    }

    private async Task<CaseRecord> FoldAsync(List<CaseEvent> history, CancellationToken cancellationToken)
    {
        var byVersion = await definitions.ForHistoryAsync(history, cancellationToken);
        return new CaseRecord(CaseEvolver.Replay(history, v => byVersion[v])!, history) { Calendars = definitions.Calendars.Current };
    }
}
