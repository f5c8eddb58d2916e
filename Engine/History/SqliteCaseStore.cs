using System.Globalization;
using System.Text.Json;
using CaseFlow.Engine.Cases;
using CaseFlow.Engine.Supervision;
using Microsoft.Data.Sqlite;

namespace CaseFlow.Engine.History;

/// <summary>The embedded store: one SQLite file in WAL mode; each append (events, snapshot, inbox entry, timers and outbox) is one IMMEDIATE transaction.</summary>
public sealed partial class SqliteCaseStore(string connectionString) : ICaseStore
{
    /// <summary>Opens the store on a file path (created when missing).</summary>
    public static SqliteCaseStore ForFile(string path) =>
        new(new SqliteConnectionStringBuilder { DataSource = path, Pooling = true, DefaultTimeout = 30 }.ToString());

    /// <inheritdoc />
    public async Task<IReadOnlyList<CaseEvent>> ReadAsync(Guid caseId, CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = """
            SELECT case_id, sequence, trigger, from_position, reached, to_position, supervision, actor, at, definition_version, payload, effects,
                   actor_kind, previous_hash, hash, identity
            FROM events WHERE case_id = $id ORDER BY sequence
            """;
        command.Parameters.AddWithValue("$id", caseId.ToString());
        var events = new List<CaseEvent>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            events.Add(ReadEvent(reader, 0));
        }

        return events;
    }

    /// <inheritdoc />
    public async Task AppendAsync(
        CaseState resulting,
        long expectedVersion,
        IReadOnlyList<CaseEvent> events,
        Guid? messageId = null,
        IReadOnlyList<CaseTimer>? timers = null,
        IReadOnlyList<OutboxEntry>? outbox = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(resulting);
        ArgumentNullException.ThrowIfNull(events);
        await using var connection = await OpenAsync(cancellationToken);
        await using var transaction = (SqliteTransaction)await connection.BeginTransactionAsync(cancellationToken);
        await WriteCaseAsync(connection, transaction, resulting, expectedVersion, cancellationToken);
        if (messageId is { } id)
        {
            await using var inbox = connection.CreateCommand();
            inbox.Transaction = transaction;
            inbox.CommandText = "INSERT INTO inbox (message_id, case_id, processed_at) VALUES ($message, $case, $at) ON CONFLICT DO NOTHING";
            inbox.Parameters.AddWithValue("$message", id.ToString());
            inbox.Parameters.AddWithValue("$case", resulting.Id.ToString());
            inbox.Parameters.AddWithValue("$at", Instant(resulting.UpdatedAt));

            // Another writer applied this message since the caller checked the inbox: a conflict, after which the caller finds it processed.
            if (await inbox.ExecuteNonQueryAsync(cancellationToken) == 0)
            {
                throw new ConcurrencyConflictException(resulting.Id, expectedVersion);
            }
        }
        foreach (var e in events)
        {
            await using var insert = connection.CreateCommand();
            insert.Transaction = transaction;
            insert.CommandText = """
                INSERT INTO events (case_id, sequence, trigger, from_position, reached, to_position, supervision, actor, at, definition_version, payload, effects,
                                    actor_kind, previous_hash, hash, identity)
                VALUES ($id, $seq, $trigger, $from, $reached, $to, $supervision, $actor, $at, $version, $payload, $effects, $actorKind, $previousHash, $hash, $identity)
                """;
            insert.Parameters.AddWithValue("$id", e.CaseId.ToString());
            insert.Parameters.AddWithValue("$seq", e.Sequence);
            insert.Parameters.AddWithValue("$trigger", e.Trigger);
            insert.Parameters.AddWithValue("$from", e.From);
            insert.Parameters.AddWithValue("$reached", e.Reached);
            insert.Parameters.AddWithValue("$to", e.To);
            insert.Parameters.AddWithValue("$supervision", (object?)e.Supervision ?? DBNull.Value);
            insert.Parameters.AddWithValue("$actor", e.Actor);
            insert.Parameters.AddWithValue("$at", e.At.ToString("O", CultureInfo.InvariantCulture));
            insert.Parameters.AddWithValue("$version", e.DefinitionVersion);
            insert.Parameters.AddWithValue("$payload", JsonSerializer.Serialize(e.Payload, StoreJson.Options));
            insert.Parameters.AddWithValue("$effects", JsonSerializer.Serialize(e.Effects, StoreJson.Options));
            insert.Parameters.AddWithValue("$actorKind", e.ActorKind);
            insert.Parameters.AddWithValue("$previousHash", e.PreviousHash);
            insert.Parameters.AddWithValue("$hash", e.Hash);
            insert.Parameters.AddWithValue("$identity", e.Identity);
            await insert.ExecuteNonQueryAsync(cancellationToken);
        }

        await ReplaceTimersAsync(connection, transaction, resulting.Id, timers, cancellationToken);
        await WriteOutboxAsync(connection, transaction, outbox, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }

    /// <inheritdoc />
    public IAsyncEnumerable<CaseEvent> ReadAllAsync(CancellationToken cancellationToken = default) => ReadAfterAsync(null, cancellationToken);

    /// <inheritdoc />
    public async IAsyncEnumerable<CaseEvent> ReadAfterAsync(EventPosition? after, [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = """
            SELECT case_id, sequence, trigger, from_position, reached, to_position, supervision, actor, at, definition_version, payload, effects,
                   actor_kind, previous_hash, hash, identity
            FROM events
            WHERE $case IS NULL OR case_id > $case OR (case_id = $case AND sequence > $sequence)
            ORDER BY case_id, sequence
            """;
        command.Parameters.AddWithValue("$case", (object?)after?.CaseId.ToString() ?? DBNull.Value);
        command.Parameters.AddWithValue("$sequence", after?.Sequence ?? 0);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            yield return ReadEvent(reader, 0);
        }
    }

    /// <inheritdoc />
    public async Task<CaseState?> ReadSnapshotAsync(Guid caseId, CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT snapshot FROM cases WHERE case_id = $id";
        command.Parameters.AddWithValue("$id", caseId.ToString());
        return await command.ExecuteScalarAsync(cancellationToken) is string json ? JsonSerializer.Deserialize<CaseState>(json, StoreJson.Options) : null;
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<CaseHead>> ListHeadsAsync(CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT case_id, version, COALESCE(json_extract(snapshot, '$.lastHash'), '') FROM cases ORDER BY case_id";
        var heads = new List<CaseHead>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            heads.Add(new CaseHead(Guid.Parse(reader.GetString(0)), reader.GetInt64(1), reader.GetString(2)));
        }

        return heads;
    }

    /// <inheritdoc />
    public async Task<bool> HasProcessedAsync(Guid messageId, CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT 1 FROM inbox WHERE message_id = $message";
        command.Parameters.AddWithValue("$message", messageId.ToString());
        return await command.ExecuteScalarAsync(cancellationToken) is not null;
    }

    /// <inheritdoc />
    public async Task<Guid?> FindByClientKeyAsync(string clientKey, CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT case_id FROM cases WHERE client_key = $key";
        command.Parameters.AddWithValue("$key", clientKey);
        return await command.ExecuteScalarAsync(cancellationToken) is string id ? Guid.Parse(id) : null;
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<CaseState>> ListAsync(string? workflow = null, int limit = 1000, CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT snapshot FROM cases WHERE ($workflow IS NULL OR workflow = $workflow) ORDER BY updated_at DESC LIMIT $limit";
        command.Parameters.AddWithValue("$workflow", (object?)workflow ?? DBNull.Value);
        command.Parameters.AddWithValue("$limit", limit);
        var cases = new List<CaseState>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            cases.Add(JsonSerializer.Deserialize<CaseState>(reader.GetString(0), StoreJson.Options)!);
        }

        return cases;
    }

    /// <inheritdoc />
    public async Task<int> RegisterDefinitionAsync(string contentHash, string content, CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var transaction = (SqliteTransaction)await connection.BeginTransactionAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = """
            INSERT INTO definitions (version, content_hash, content)
            SELECT next.version, $hash, $content FROM (SELECT COALESCE(MAX(version), 0) + 1 AS version FROM definitions) AS next
            WHERE NOT EXISTS (SELECT 1 FROM definitions WHERE content_hash = $hash);
            SELECT version FROM definitions WHERE content_hash = $hash;
            """;
        command.Parameters.AddWithValue("$hash", contentHash);
        command.Parameters.AddWithValue("$content", content);
        var version = Convert.ToInt32(await command.ExecuteScalarAsync(cancellationToken), CultureInfo.InvariantCulture);
        await transaction.CommitAsync(cancellationToken);
        return version;
    }

    /// <inheritdoc />
    public async Task<string?> ReadDefinitionAsync(int version, CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT content FROM definitions WHERE version = $version";
        command.Parameters.AddWithValue("$version", version);
        return await command.ExecuteScalarAsync(cancellationToken) as string;
    }

    private static CaseEvent ReadEvent(SqliteDataReader reader, int first) => new()
    {
        CaseId = Guid.Parse(reader.GetString(first)),
        Sequence = reader.GetInt64(first + 1),
        Trigger = reader.GetString(first + 2),
        From = reader.GetString(first + 3),
        Reached = reader.GetString(first + 4),
        To = reader.GetString(first + 5),
        Supervision = reader.IsDBNull(first + 6) ? null : reader.GetString(first + 6),
        Actor = reader.GetString(first + 7),
        At = DateTimeOffset.Parse(reader.GetString(first + 8), CultureInfo.InvariantCulture),
        DefinitionVersion = reader.GetInt32(first + 9),
        Payload = JsonSerializer.Deserialize<CasePayload>(reader.GetString(first + 10), StoreJson.Options)!,
        Effects = JsonSerializer.Deserialize<List<string>>(reader.GetString(first + 11), StoreJson.Options)!,
        ActorKind = reader.GetString(first + 12),
        PreviousHash = reader.GetString(first + 13),
        Hash = reader.GetString(first + 14),
        Identity = reader.GetString(first + 15),
    };

    private static async Task WriteCaseAsync(SqliteConnection connection, SqliteTransaction transaction, CaseState state, long expectedVersion, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = expectedVersion == 0
            ? """
              INSERT INTO cases (case_id, client_key, version, workflow, state, updated_at, snapshot, submitted_at, overdue_from)
              VALUES ($id, $key, $version, $workflow, $state, $updated, $snapshot, $submitted, $overdue)
              ON CONFLICT DO NOTHING
              """
            : """
              UPDATE cases SET version = $version, workflow = $workflow, state = $state, updated_at = $updated, snapshot = $snapshot,
                               submitted_at = $submitted, overdue_from = $overdue
              WHERE case_id = $id AND version = $expected
              """;
        command.Parameters.AddWithValue("$id", state.Id.ToString());
        command.Parameters.AddWithValue("$key", state.ClientKey);
        command.Parameters.AddWithValue("$version", state.Version);
        command.Parameters.AddWithValue("$expected", expectedVersion);
        command.Parameters.AddWithValue("$workflow", state.Workflow);
        command.Parameters.AddWithValue("$state", state.State);
        command.Parameters.AddWithValue("$updated", state.UpdatedAt.ToString("O", CultureInfo.InvariantCulture));
        command.Parameters.AddWithValue("$snapshot", JsonSerializer.Serialize(state, StoreJson.Options));
        var (submittedAt, overdueFrom) = ListingColumns(state);
        command.Parameters.AddWithValue("$submitted", submittedAt);
        command.Parameters.AddWithValue("$overdue", overdueFrom);
        if (await command.ExecuteNonQueryAsync(cancellationToken) == 1)
        {
            return;
        }

        if (expectedVersion == 0 && await ClientKeyTakenAsync(connection, transaction, state, cancellationToken))
        {
            throw new DuplicateClientKeyException(state.ClientKey);
        }

        throw new ConcurrencyConflictException(state.Id, expectedVersion);
    }

    private static async Task<bool> ClientKeyTakenAsync(SqliteConnection connection, SqliteTransaction transaction, CaseState state, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = "SELECT 1 FROM cases WHERE client_key = $key AND case_id <> $id";
        command.Parameters.AddWithValue("$key", state.ClientKey);
        command.Parameters.AddWithValue("$id", state.Id.ToString());
        return await command.ExecuteScalarAsync(cancellationToken) is not null;
    }

    private async Task<SqliteConnection> OpenAsync(CancellationToken cancellationToken)
    {
        var connection = new SqliteConnection(connectionString);
        await connection.OpenAsync(cancellationToken);
        await ExecuteAsync(connection, null, "PRAGMA busy_timeout = 30000; PRAGMA synchronous = NORMAL;", cancellationToken);
        return connection;
    }

    private static async Task ExecuteAsync(SqliteConnection connection, SqliteTransaction? transaction, string sql, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
