using CaseFlow.Engine.Cases;
using CaseFlow.Engine.History;
using CaseFlow.Engine.Supervision;
using Microsoft.Data.Sqlite;

namespace CaseFlow.Engine.Tests.Messaging;

/// <summary>A store whose database is away for the first few appends (a restart, a fail-over): they throw as a driver does.</summary>
internal sealed class UnreachableStore(ICaseStore inner, int failures) : DelegatingCaseStore(inner)
{
    private readonly int _failures = failures;
    private int _remaining = failures;

    /// <summary>Appends refused so far.</summary>
    public int Refused => _failures - Math.Max(0, Volatile.Read(ref _remaining));

    public override Task AppendAsync(
        CaseState resulting,
        long expectedVersion,
        IReadOnlyList<CaseEvent> events,
        Guid? messageId = null,
        IReadOnlyList<CaseTimer>? timers = null,
        IReadOnlyList<OutboxEntry>? outbox = null,
        CancellationToken cancellationToken = default)
    {
        if (Interlocked.Decrement(ref _remaining) >= 0)
        {
            throw new SqliteException("unable to open database file (the database is away)", 14);
        }

        return base.AppendAsync(resulting, expectedVersion, events, messageId, timers, outbox, cancellationToken);
    }
}
