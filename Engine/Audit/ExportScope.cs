using CaseFlow.Engine.Cases;
using CaseFlow.Engine.History;

namespace CaseFlow.Engine.Audit;

/// <summary>What an export covers: one case's history, or every event recorded in a period [From, To).</summary>
public sealed record ExportScope
{
    private ExportScope(Guid? caseId, DateTimeOffset from, DateTimeOffset to)
    {
        CaseId = caseId;
        From = from;
        To = to;
    }

    /// <summary>The case exported, when one case is.</summary>
    public Guid? CaseId { get; }

    /// <summary>The period's start (inclusive), when a period is exported.</summary>
    public DateTimeOffset From { get; }

    /// <summary>The period's end (exclusive), when a period is exported.</summary>
    public DateTimeOffset To { get; }

    /// <summary>One case's whole history.</summary>
    public static ExportScope Case(Guid caseId) => new(caseId, DateTimeOffset.MinValue, DateTimeOffset.MaxValue);

    /// <summary>The events of every case recorded at or after <paramref name="from"/> and before <paramref name="to"/>.</summary>
    public static ExportScope Period(DateTimeOffset from, DateTimeOffset to) => new(null, from, to);

    /// <summary>
    /// The events in scope after <paramref name="after"/> (from the first when null), in the store's order (case by case, then by
    /// sequence), streamed: a case's export reads that case only; a period's reads on through every case, keeping those in the period.
    /// </summary>
    public async IAsyncEnumerable<CaseEvent> ReadAsync(IEventStore store, EventPosition? after, [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(store);
        var start = CaseId is { } id && (after is null || after.Value.CaseId != id) ? new EventPosition(id, 0) : after;
        await foreach (var e in store.ReadAfterAsync(start, cancellationToken))
        {
            if (CaseId is { } only && e.CaseId != only)
            {
                yield break;
            }

            if (e.At >= From && e.At < To)
            {
                yield return e;
            }
        }
    }
}
