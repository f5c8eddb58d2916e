using CaseFlow.Engine.Supervision;
using Npgsql;

namespace CaseFlow.Engine.History;

/// <summary>The timers table: each case's durable timers, replaced with every append, claimed by the timer pumps of every instance.</summary>
public sealed partial class PostgresCaseStore
{
    private const string TimerColumns = "case_id, kind, due_at, set_at_version";

    /// <inheritdoc />
    public async Task<IReadOnlyList<CaseTimer>> ReadDueTimersAsync(DateTimeOffset now, int limit, CancellationToken cancellationToken = default)
    {
        await using var command = _dataSource.CreateCommand($"SELECT {TimerColumns} FROM timers WHERE due_at <= $1 ORDER BY due_at, case_id, kind LIMIT $2");
        command.Parameters.Add(Parameter(Instant(now)));
        command.Parameters.Add(Parameter(limit));
        return await ReadTimersAsync(command, cancellationToken);
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<CaseTimer>> ClaimDueTimersAsync(string owner, DateTimeOffset now, TimeSpan lease, int limit, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(owner);

        // Rows another claimer has locked are skipped, not waited for; a row it claimed and committed meanwhile is re-checked
        // against the claim condition before it is locked here. Either way a timer goes to one claimer at a time.
        await using var command = _dataSource.CreateCommand($"""
            WITH claimable AS (
                SELECT case_id, kind FROM timers
                WHERE due_at <= $1 AND (claimed_until IS NULL OR claimed_until <= $1)
                ORDER BY due_at, case_id, kind
                LIMIT $2
                FOR UPDATE SKIP LOCKED)
            UPDATE timers t SET claimed_by = $3, claimed_until = $4
            FROM claimable c WHERE t.case_id = c.case_id AND t.kind = c.kind
            RETURNING t.case_id, t.kind, t.due_at, t.set_at_version
            """);
        command.Parameters.Add(Parameter(Instant(now)));
        command.Parameters.Add(Parameter(limit));
        command.Parameters.Add(Parameter(owner));
        command.Parameters.Add(Parameter(Instant(now + lease)));
        var claimed = await ReadTimersAsync(command, cancellationToken);
        return claimed.OrderBy(t => t.DueAt).ThenBy(t => t.CaseId).ThenBy(t => t.Kind, StringComparer.Ordinal).ToList();
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<CaseTimer>> ReadTimersAsync(Guid caseId, CancellationToken cancellationToken = default)
    {
        await using var command = _dataSource.CreateCommand($"SELECT {TimerColumns} FROM timers WHERE case_id = $1 ORDER BY due_at, kind");
        command.Parameters.Add(Parameter(caseId));
        return await ReadTimersAsync(command, cancellationToken);
    }

    /// <inheritdoc />
    public async Task<bool> DeleteTimerAsync(CaseTimer timer, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(timer);
        await using var command = _dataSource.CreateCommand("DELETE FROM timers WHERE case_id = $1 AND kind = $2 AND due_at = $3 AND set_at_version = $4");
        command.Parameters.Add(Parameter(timer.CaseId));
        command.Parameters.Add(Parameter(timer.Kind));
        command.Parameters.Add(Parameter(Instant(timer.DueAt)));
        command.Parameters.Add(Parameter(timer.SetAtVersion));
        return await command.ExecuteNonQueryAsync(cancellationToken) == 1;
    }

    /// <summary>Within an append: the case's timers become <paramref name="timers"/> (unclaimed); null leaves them as they are.</summary>
    private static void AddTimerReplacement(NpgsqlBatch batch, Guid caseId, IReadOnlyList<CaseTimer>? timers)
    {
        if (timers is null)
        {
            return;
        }

        batch.BatchCommands.Add(Statement("DELETE FROM timers WHERE case_id = $1", caseId));
        foreach (var timer in timers)
        {
            batch.BatchCommands.Add(Statement($"INSERT INTO timers ({TimerColumns}) VALUES ($1, $2, $3, $4)", caseId, timer.Kind, Instant(timer.DueAt), timer.SetAtVersion));
        }
    }

    private static async Task<IReadOnlyList<CaseTimer>> ReadTimersAsync(NpgsqlCommand command, CancellationToken cancellationToken)
    {
        var timers = new List<CaseTimer>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            timers.Add(new CaseTimer(reader.GetGuid(0), reader.GetString(1), ParseInstant(reader.GetString(2)), reader.GetInt64(3)));
        }

        return timers;
    }
}
