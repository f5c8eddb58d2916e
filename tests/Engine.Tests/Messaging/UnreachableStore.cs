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

    protected override Task AppendAsync(Func<Task> append, CancellationToken cancellationToken)
    {
        if (Interlocked.Decrement(ref _remaining) >= 0)
        {
            throw new SqliteException("unable to open database file (the database is away)", 14);
        }

        return append();
    }
}
