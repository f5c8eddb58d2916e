using System.Globalization;
using CaseFlow.Engine.Supervision;
using Microsoft.Data.Sqlite;

namespace CaseFlow.Engine.History;

/// <summary>The timers table: each case's durable timers, replaced with every append, read by the timer pump.</summary>
public sealed partial class SqliteCaseStore
{
    private const string TimersSchema = """
        CREATE TABLE IF NOT EXISTS timers (
            case_id TEXT NOT NULL,
            kind TEXT NOT NULL,
            due_at TEXT NOT NULL,
            set_at_version INTEGER NOT NULL,
            claimed_by TEXT,
            claimed_until TEXT,
            PRIMARY KEY (case_id, kind));
        CREATE INDEX IF NOT EXISTS timers_by_due ON timers (due_at);
        """;

    /// <inheritdoc />
    public async Task<IReadOnlyList<CaseTimer>> ReadDueTimersAsync(DateTimeOffset now, int limit, CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT case_id, kind, due_at, set_at_version FROM timers WHERE due_at <= $now ORDER BY due_at, case_id, kind LIMIT $limit";
        command.Parameters.AddWithValue("$now", Instant(now));
        command.Parameters.AddWithValue("$limit", limit);
        return await ReadTimersAsync(command, cancellationToken);
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<CaseTimer>> ClaimDueTimersAsync(string owner, DateTimeOffset now, TimeSpan lease, int limit, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(owner);
        await using var connection = await OpenAsync(cancellationToken);
        await using var transaction = (SqliteTransaction)await connection.BeginTransactionAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = """
            UPDATE timers SET claimed_by = $owner, claimed_until = $until
            WHERE rowid IN (SELECT rowid FROM timers WHERE due_at <= $now AND (claimed_until IS NULL OR claimed_until <= $now)
                            ORDER BY due_at, case_id, kind LIMIT $limit)
            RETURNING case_id, kind, due_at, set_at_version
            """;
        command.Parameters.AddWithValue("$owner", owner);
        command.Parameters.AddWithValue("$until", Instant(now + lease));
        command.Parameters.AddWithValue("$now", Instant(now));
        command.Parameters.AddWithValue("$limit", limit);
        var claimed = await ReadTimersAsync(command, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return claimed.OrderBy(t => t.DueAt).ThenBy(t => t.CaseId).ThenBy(t => t.Kind, StringComparer.Ordinal).ToList();
    }

    private static readonly string[] ClaimColumns = ["claimed_by", "claimed_until"];

    /// <summary>Adds the claim columns to a timers table made before timers were claimed.</summary>
    private static async Task MigrateTimersAsync(SqliteConnection connection, CancellationToken cancellationToken)
    {
        var columns = new HashSet<string>(StringComparer.Ordinal);
        await using (var info = connection.CreateCommand())
        {
            info.CommandText = "SELECT name FROM pragma_table_info('timers')";
            await using var reader = await info.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                columns.Add(reader.GetString(0));
            }
        }

        foreach (var column in ClaimColumns.Where(c => !columns.Contains(c)))
        {
            await ExecuteAsync(connection, null, $"ALTER TABLE timers ADD COLUMN {column} TEXT", cancellationToken);
        }
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<CaseTimer>> ReadTimersAsync(Guid caseId, CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT case_id, kind, due_at, set_at_version FROM timers WHERE case_id = $id ORDER BY due_at, kind";
        command.Parameters.AddWithValue("$id", caseId.ToString());
        return await ReadTimersAsync(command, cancellationToken);
    }

    /// <inheritdoc />
    public async Task<bool> DeleteTimerAsync(CaseTimer timer, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(timer);
        await using var connection = await OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = "DELETE FROM timers WHERE case_id = $id AND kind = $kind AND due_at = $due AND set_at_version = $version";
        command.Parameters.AddWithValue("$id", timer.CaseId.ToString());
        command.Parameters.AddWithValue("$kind", timer.Kind);
        command.Parameters.AddWithValue("$due", Instant(timer.DueAt));
        command.Parameters.AddWithValue("$version", timer.SetAtVersion);
        return await command.ExecuteNonQueryAsync(cancellationToken) == 1;
    }

    /// <summary>Within an append: the case's timers become <paramref name="timers"/>; null leaves them as they are.</summary>
    private static async Task ReplaceTimersAsync(SqliteConnection connection, SqliteTransaction transaction, Guid caseId, IReadOnlyList<CaseTimer>? timers, CancellationToken cancellationToken)
    {
        if (timers is null)
        {
            return;
        }

        await using (var delete = connection.CreateCommand())
        {
            delete.Transaction = transaction;
            delete.CommandText = "DELETE FROM timers WHERE case_id = $id";
            delete.Parameters.AddWithValue("$id", caseId.ToString());
            await delete.ExecuteNonQueryAsync(cancellationToken);
        }

        foreach (var timer in timers)
        {
            await using var insert = connection.CreateCommand();
            insert.Transaction = transaction;
            insert.CommandText = "INSERT INTO timers (case_id, kind, due_at, set_at_version) VALUES ($id, $kind, $due, $version)";
            insert.Parameters.AddWithValue("$id", caseId.ToString());
            insert.Parameters.AddWithValue("$kind", timer.Kind);
            insert.Parameters.AddWithValue("$due", Instant(timer.DueAt));
            insert.Parameters.AddWithValue("$version", timer.SetAtVersion);
            await insert.ExecuteNonQueryAsync(cancellationToken);
        }
    }

    private static async Task<IReadOnlyList<CaseTimer>> ReadTimersAsync(SqliteCommand command, CancellationToken cancellationToken)
    {
        var timers = new List<CaseTimer>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            timers.Add(new CaseTimer(
                Guid.Parse(reader.GetString(0)),
                reader.GetString(1),
                ParseInstant(reader.GetString(2)),
                reader.GetInt64(3)));
        }

        return timers;
    }

    // UTC with every tick, fixed width: text order is time order, so the due index serves "due_at <= now" directly.
    private const string InstantFormat = "yyyy'-'MM'-'dd'T'HH':'mm':'ss'.'fffffff'Z'";

    private static string Instant(DateTimeOffset instant) => instant.UtcDateTime.ToString(InstantFormat, CultureInfo.InvariantCulture);

    private static DateTimeOffset ParseInstant(string text) =>
        DateTimeOffset.ParseExact(text, InstantFormat, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal);
}
