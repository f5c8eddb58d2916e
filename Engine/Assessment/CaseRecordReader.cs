using CaseFlow.Engine.Cases;
using CaseFlow.Engine.Definitions;
using CaseFlow.Engine.History;

namespace CaseFlow.Engine.Assessment;

/// <summary>Reads every case for the assessment: from its projection where the store keeps one, else with its history, folded under the versions it ran on.</summary>
public sealed class CaseRecordReader(IEventStore store, DefinitionRegistry definitions)
{
    /// <summary>Every case in the store, with its history (the replay every projection must agree with).</summary>
    public async Task<IReadOnlyList<CaseRecord>> ReadAllAsync(CancellationToken cancellationToken = default)
    {
        var records = new List<CaseRecord>();
        await foreach (var history in CaseHistories.ReadAsync(store, null, cancellationToken))
        {
            records.Add(await FoldAsync(history, cancellationToken));
        }

        return records;
    }

    /// <summary>
    /// Every case in the store as the assessment reads it at <paramref name="asOf"/>, in the order of <see cref="ReadAllAsync"/>: from
    /// its projection (<see cref="IAssessmentProjection"/>) when that is current and no event of it is later than
    /// <paramref name="asOf"/>, else with its history.
    /// </summary>
    public async Task<IReadOnlyList<CaseRecord>> ReadAtAsync(DateTimeOffset asOf, CancellationToken cancellationToken = default)
    {
        if (store is not IAssessmentProjection projection)
        {
            return await ReadAllAsync(cancellationToken);
        }

        var calendars = definitions.Calendars.Current;
        var records = new List<CaseRecord?>();
        var unprojected = new Dictionary<Guid, int>();
        await foreach (var row in projection.ReadProjectedAsync(cancellationToken))
        {
            if (row.Facts is { } facts && facts.Cover(asOf))
            {
                records.Add(new CaseRecord(row.State, []) { Calendars = calendars, Facts = facts });
            }
            else
            {
                unprojected[row.State.Id] = records.Count;
                records.Add(null);
            }
        }

        if (unprojected.Count > 0)
        {
            await foreach (var history in CaseHistories.ReadAsync(store, unprojected.Keys, cancellationToken))
            {
                records[unprojected[history[0].CaseId]] = await FoldAsync(history, cancellationToken);
            }
        }

        return records.OfType<CaseRecord>().ToList();
    }

    private async Task<CaseRecord> FoldAsync(IReadOnlyList<CaseEvent> history, CancellationToken cancellationToken)
    {
        var byVersion = await definitions.ForHistoryAsync(history, cancellationToken);
        return new CaseRecord(CaseEvolver.Replay(history, v => byVersion[v])!, history) { Calendars = definitions.Calendars.Current };
    }
}
