using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text.Json;
using CaseFlow.Engine.Cases;
using CaseFlow.Engine.Supervision;
using Npgsql;
using NpgsqlTypes;

namespace CaseFlow.Engine.History;

/// <summary>
/// The shared store: one PostgreSQL database that several CaseFlow instances use at once. Each append (case row, events, inbox
/// entry, timers and outbox) is one transaction; the case row's version is the optimistic lock, so of two writers at the same
/// version exactly one commits. Relays and timer pumps claim rows with <c>FOR UPDATE SKIP LOCKED</c>, so instances claim disjoint
/// sets. A message id already in the inbox is a conflict too (another writer applied that message first). Connections come from one
/// pooled data source: a broken connection is dropped, and the next call opens a fresh one.
/// </summary>
public sealed partial class PostgresCaseStore : ICaseStore, IAsyncDisposable, IDisposable
{
    private const string EventColumns = """
        case_id, sequence, trigger, from_position, reached, to_position, supervision, actor, at, definition_version, payload, effects,
        actor_kind, previous_hash, hash, identity
        """;

    private readonly NpgsqlDataSource _dataSource;

    /// <summary>Opens the store on a connection string (Npgsql's syntax: <c>Host=…;Port=…;Database=…;Username=…;Password=…</c>).</summary>
    public PostgresCaseStore(string connectionString)
    {
        ArgumentException.ThrowIfNullOrEmpty(connectionString);
        _dataSource = NpgsqlDataSource.Create(connectionString);
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<CaseEvent>> ReadAsync(Guid caseId, CancellationToken cancellationToken = default)
    {
        await using var command = _dataSource.CreateCommand($"SELECT {EventColumns} FROM events WHERE case_id = $1 ORDER BY sequence");
        command.Parameters.Add(new NpgsqlParameter { Value = caseId });
        var events = new List<CaseEvent>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            events.Add(ReadEvent(reader));
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
        await using var connection = await _dataSource.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        await WriteCaseAsync(connection, transaction, resulting, expectedVersion, cancellationToken);

        // The case row is now locked by this transaction: the rest goes in one round trip.
        await using var batch = new NpgsqlBatch(connection, transaction);
        var inbox = messageId is { } id
            ? Statement("INSERT INTO inbox (message_id, case_id, processed_at) VALUES ($1, $2, $3) ON CONFLICT DO NOTHING", id, resulting.Id, Instant(resulting.UpdatedAt))
            : null;
        if (inbox is not null)
        {
            batch.BatchCommands.Add(inbox);
        }

        foreach (var e in events)
        {
            batch.BatchCommands.Add(Statement(
                $"INSERT INTO events ({EventColumns}) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16)",
                e.CaseId, e.Sequence, e.Trigger, e.From, e.Reached, e.To, e.Supervision, e.Actor, RoundTrip(e.At), e.DefinitionVersion,
                Json(JsonSerializer.Serialize(e.Payload, StoreJson.Options)), Json(JsonSerializer.Serialize(e.Effects, StoreJson.Options)),
                e.ActorKind, e.PreviousHash, e.Hash, e.Identity));
        }

        AddTimerReplacement(batch, resulting.Id, timers);
        AddOutbox(batch, outbox);
        if (batch.BatchCommands.Count > 0)
        {
            await batch.ExecuteNonQueryAsync(cancellationToken);
        }

        // Another writer applied this message since the caller checked the inbox: a conflict, after which the caller finds it processed.
        if (inbox is { RecordsAffected: 0 })
        {
            throw new ConcurrencyConflictException(resulting.Id, expectedVersion);
        }

        await transaction.CommitAsync(cancellationToken);
    }

    /// <inheritdoc />
    public IAsyncEnumerable<CaseEvent> ReadAllAsync(CancellationToken cancellationToken = default) => ReadAfterAsync(null, cancellationToken);

    /// <inheritdoc />
    public async IAsyncEnumerable<CaseEvent> ReadAfterAsync(EventPosition? after, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        // A row comparison, so that the primary key's index gives the order and the starting point.
        await using var command = _dataSource.CreateCommand(after is null
            ? $"SELECT {EventColumns} FROM events ORDER BY case_id, sequence"
            : $"SELECT {EventColumns} FROM events WHERE (case_id, sequence) > ($1, $2) ORDER BY case_id, sequence");
        if (after is { } position)
        {
            command.Parameters.Add(Parameter(position.CaseId));
            command.Parameters.Add(Parameter(position.Sequence));
        }

        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            yield return ReadEvent(reader);
        }
    }

    /// <inheritdoc />
    public async Task<CaseState?> ReadSnapshotAsync(Guid caseId, CancellationToken cancellationToken = default)
    {
        await using var command = _dataSource.CreateCommand("SELECT snapshot FROM cases WHERE case_id = $1");
        command.Parameters.Add(new NpgsqlParameter { Value = caseId });
        return await command.ExecuteScalarAsync(cancellationToken) is string json ? JsonSerializer.Deserialize<CaseState>(json, StoreJson.Options) : null;
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<CaseHead>> ListHeadsAsync(CancellationToken cancellationToken = default)
    {
        await using var command = _dataSource.CreateCommand("SELECT case_id, version, COALESCE(snapshot ->> 'lastHash', '') FROM cases ORDER BY case_id");
        var heads = new List<CaseHead>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            heads.Add(new CaseHead(reader.GetGuid(0), reader.GetInt64(1), reader.GetString(2)));
        }

        return heads;
    }

    /// <inheritdoc />
    public async Task<bool> HasProcessedAsync(Guid messageId, CancellationToken cancellationToken = default)
    {
        await using var command = _dataSource.CreateCommand("SELECT 1 FROM inbox WHERE message_id = $1");
        command.Parameters.Add(new NpgsqlParameter { Value = messageId });
        return await command.ExecuteScalarAsync(cancellationToken) is not null;
    }

    /// <inheritdoc />
    public async Task<Guid?> FindByClientKeyAsync(string clientKey, CancellationToken cancellationToken = default)
    {
        await using var command = _dataSource.CreateCommand("SELECT case_id FROM cases WHERE client_key = $1");
        command.Parameters.Add(new NpgsqlParameter { Value = clientKey });
        return await command.ExecuteScalarAsync(cancellationToken) is Guid id ? id : null;
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<CaseState>> ListAsync(string? workflow = null, int limit = 1000, CancellationToken cancellationToken = default)
    {
        await using var command = _dataSource.CreateCommand("SELECT snapshot FROM cases WHERE ($1::text IS NULL OR workflow = $1) ORDER BY updated_at DESC LIMIT $2");
        command.Parameters.Add(new NpgsqlParameter { Value = (object?)workflow ?? DBNull.Value, NpgsqlDbType = NpgsqlDbType.Text });
        command.Parameters.Add(new NpgsqlParameter { Value = limit });
        var cases = new List<CaseState>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            cases.Add(JsonSerializer.Deserialize<CaseState>(reader.GetString(0), StoreJson.Options)!);
        }

        return cases;
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync() => await _dataSource.DisposeAsync();

    /// <inheritdoc />
    public void Dispose() => _dataSource.Dispose();

    private static CaseEvent ReadEvent(NpgsqlDataReader reader) => new()
    {
        CaseId = reader.GetGuid(0),
        Sequence = reader.GetInt64(1),
        Trigger = reader.GetString(2),
        From = reader.GetString(3),
        Reached = reader.GetString(4),
        To = reader.GetString(5),
        Supervision = reader.IsDBNull(6) ? null : reader.GetString(6),
        Actor = reader.GetString(7),
        At = ParseRoundTrip(reader.GetString(8)),
        DefinitionVersion = reader.GetInt32(9),
        Payload = JsonSerializer.Deserialize<CasePayload>(reader.GetString(10), StoreJson.Options)!,
        Effects = JsonSerializer.Deserialize<List<string>>(reader.GetString(11), StoreJson.Options)!,
        ActorKind = reader.GetString(12),
        PreviousHash = reader.GetString(13),
        Hash = reader.GetString(14),
        Identity = reader.GetString(15),
    };

    /// <summary>
    /// Writes the case row: a new case is inserted unless its id or client key exists; an existing one is updated only at the
    /// expected version. A concurrent writer's row lock makes this wait for its commit and then see its version, so exactly one of
    /// two writers at the same version succeeds.
    /// </summary>
    private static async Task WriteCaseAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, CaseState state, long expectedVersion, CancellationToken cancellationToken)
    {
        var (submittedAt, overdueFrom) = ListingColumns(state);
        var written = expectedVersion == 0
            ? await ExecuteAsync(connection, transaction, """
                INSERT INTO cases (case_id, client_key, version, workflow, state, updated_at, snapshot, submitted_at, overdue_from)
                VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)
                ON CONFLICT DO NOTHING
                """, cancellationToken,
                state.Id, state.ClientKey, state.Version, state.Workflow, state.State, Instant(state.UpdatedAt), Json(JsonSerializer.Serialize(state, StoreJson.Options)),
                submittedAt, overdueFrom)
            : await ExecuteAsync(connection, transaction, """
                UPDATE cases SET version = $2, workflow = $3, state = $4, updated_at = $5, snapshot = $6, submitted_at = $8, overdue_from = $9
                WHERE case_id = $1 AND version = $7
                """, cancellationToken,
                state.Id, state.Version, state.Workflow, state.State, Instant(state.UpdatedAt), Json(JsonSerializer.Serialize(state, StoreJson.Options)), expectedVersion,
                submittedAt, overdueFrom);
        if (written == 1)
        {
            return;
        }

        if (expectedVersion == 0
            && await ScalarAsync<bool>(connection, transaction, "SELECT EXISTS (SELECT 1 FROM cases WHERE client_key = $1 AND case_id <> $2)", cancellationToken, state.ClientKey, state.Id))
        {
            throw new DuplicateClientKeyException(state.ClientKey);
        }

        throw new ConcurrencyConflictException(state.Id, expectedVersion);
    }

    private static async Task<int> ExecuteAsync(NpgsqlConnection connection, NpgsqlTransaction? transaction, string sql, CancellationToken cancellationToken, params object?[] values)
    {
        await using var command = Command(connection, transaction, sql, values);
        return await command.ExecuteNonQueryAsync(cancellationToken);
    }

    private static async Task<T> ScalarAsync<T>(NpgsqlConnection connection, NpgsqlTransaction? transaction, string sql, CancellationToken cancellationToken, params object?[] values)
    {
        await using var command = Command(connection, transaction, sql, values);
        var result = await command.ExecuteScalarAsync(cancellationToken);
        return result is null or DBNull ? default! : (T)Convert.ChangeType(result, Nullable.GetUnderlyingType(typeof(T)) ?? typeof(T), CultureInfo.InvariantCulture);
    }

    private static NpgsqlCommand Command(NpgsqlConnection connection, NpgsqlTransaction? transaction, string sql, object?[] values)
    {
        var command = new NpgsqlCommand(sql, connection, transaction);
        foreach (var value in values)
        {
            command.Parameters.Add(Parameter(value));
        }

        return command;
    }

    private static NpgsqlBatchCommand Statement(string sql, params object?[] values)
    {
        var command = new NpgsqlBatchCommand(sql);
        foreach (var value in values)
        {
            command.Parameters.Add(Parameter(value));
        }

        return command;
    }

    /// <summary>A positional parameter; a null is sent as a typed text null, and a prepared parameter (JSON) as it is.</summary>
    private static NpgsqlParameter Parameter(object? value) => value switch
    {
        NpgsqlParameter prepared => prepared,
        null => new NpgsqlParameter { Value = DBNull.Value, NpgsqlDbType = NpgsqlDbType.Text },
        _ => new NpgsqlParameter { Value = value },
    };

    private static NpgsqlParameter Json(string json) => new() { Value = json, NpgsqlDbType = NpgsqlDbType.Json };

    // UTC with every tick, fixed width: in the "C" collation text order is time order.
    private const string InstantFormat = "yyyy'-'MM'-'dd'T'HH':'mm':'ss'.'fffffff'Z'";

    private static string Instant(DateTimeOffset instant) => instant.UtcDateTime.ToString(InstantFormat, CultureInfo.InvariantCulture);

    private static DateTimeOffset ParseInstant(string text) =>
        DateTimeOffset.ParseExact(text, InstantFormat, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal);

    /// <summary>A time exactly as given, offset included (events keep the offset they were recorded with).</summary>
    private static string RoundTrip(DateTimeOffset at) => at.ToString("O", CultureInfo.InvariantCulture);

    private static DateTimeOffset ParseRoundTrip(string text) => DateTimeOffset.ParseExact(text, "O", CultureInfo.InvariantCulture);
}
