using System.Data.Common;
using System.Globalization;
using System.Runtime.CompilerServices;
using CaseFlow.Engine.Assessment;
using CaseFlow.Engine.Cases;
using CaseFlow.Engine.History.Relational;
using CaseFlow.Engine.Supervision;

namespace CaseFlow.Engine.History;

/// <summary>
/// The relational store both databases share, written once over ADO.NET: events, case rows, inbox, timers, outbox and retention here
/// and in <c>TimersAndOutbox</c>; the filtered case list (<c>Listing</c>); accounts, definitions, calendars, case keys and
/// disclosures in their own partial files. Each table has one column map, and a <see cref="SqlDialect"/> says what differs. A store
/// built on it supplies only its connections, its dialect and what is genuinely its own (file permissions and pragmas, a connection
/// pool, the schema's migrations).
/// </summary>
public abstract partial class RelationalCaseStore
{
    private readonly RecentFacts _recentFacts;
    private readonly ProjectedCases _projected;

    private protected RelationalCaseStore(SqlDialect dialect, GroupCommitSettings? groupCommit)
    {
        groupCommit ??= GroupCommitSettings.Default;
        if (groupCommit.Problem is { } problem)
        {
            throw new ArgumentOutOfRangeException(nameof(groupCommit), groupCommit, $"group commit: {problem}");
        }

        Dialect = dialect;
        _recentFacts = new RecentFacts(CaseStateCache.DefaultCapacity);
        _projected = new ProjectedCases(CaseStateCacheOptions.DefaultAssessmentCacheSize);
        Committer = new AppendCommitter(dialect, OpenWriterConnectionAsync, groupCommit, AppendsCommitted);
    }

    private protected SqlDialect Dialect { get; }

    /// <summary>
    /// How many cases' assessment facts the store keeps from its latest appends, so the next append to one of them need not read its
    /// projection row in the write transaction (<c>CaseFlow:Engine:StateCacheSize</c> in the service: as many as the state cache).
    /// 0 keeps none.
    /// </summary>
    public int RecentFactsCapacity
    {
        get => _recentFacts.Capacity;
        init => _recentFacts = new RecentFacts(value);
    }

    /// <summary>Where appends are committed, alone or grouped; its counters are for tests.</summary>
    internal AppendCommitter Committer { get; }

    /// <summary>An open connection, ready for the store's statements.</summary>
    private protected abstract Task<DbConnection> OpenConnectionAsync(CancellationToken cancellationToken);

    /// <summary>An open connection for the committer that writes appends; by default one like any other.</summary>
    private protected virtual Task<DbConnection> OpenWriterConnectionAsync(CancellationToken cancellationToken) => OpenConnectionAsync(cancellationToken);

    /// <summary>Told after each commit of appends, on the committing thread; it must return at once. Nothing by default.</summary>
    private protected virtual void AppendsCommitted()
    {
    }

    /// <inheritdoc cref="IEventStore.ReadAsync" />
    public async Task<IReadOnlyList<CaseEvent>> ReadAsync(Guid caseId, CancellationToken cancellationToken = default) =>
        await ReadListAsync(
            new SqlStatement($"SELECT {EventColumns.List} FROM events WHERE case_id = @case ORDER BY sequence", ("@case", Dialect.Id(caseId))),
            EventColumns.Read, cancellationToken);

    /// <inheritdoc cref="IEventStore.AppendAsync" />
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
        var previousFacts = expectedVersion == 0 ? AssessmentFacts.None : _recentFacts.Find(resulting.Id, expectedVersion);
        var prepared = Committer.Prepare(new CaseAppend(resulting, expectedVersion, events, messageId, timers, outbox), previousFacts);
        await Committer.AppendAsync(prepared, cancellationToken);
        if (prepared.Facts is { } written)
        {
            _recentFacts.Put(resulting.Id, written);
        }
    }

    /// <inheritdoc cref="IEventStore.ReadAllAsync" />
    public IAsyncEnumerable<CaseEvent> ReadAllAsync(CancellationToken cancellationToken = default) => ReadAfterAsync(null, cancellationToken);

    /// <inheritdoc cref="IEventStore.ReadAfterAsync" />
    public async IAsyncEnumerable<CaseEvent> ReadAfterAsync(EventPosition? after, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        // A row comparison, so that the primary key's index gives the order and the starting point.
        var statement = after is { } position
            ? new SqlStatement(
                $"SELECT {EventColumns.List} FROM events WHERE (case_id, sequence) > (@case, @sequence) ORDER BY case_id, sequence",
                ("@case", Dialect.Id(position.CaseId)), ("@sequence", position.Sequence))
            : new SqlStatement($"SELECT {EventColumns.List} FROM events ORDER BY case_id, sequence");
        await using var connection = await OpenConnectionAsync(cancellationToken);
        await using var command = statement.Command(connection, null, Dialect);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            yield return EventColumns.Read(reader, Dialect);
        }
    }

    /// <inheritdoc cref="IEventStore.ReadSnapshotAsync" />
    public async Task<CaseState?> ReadSnapshotAsync(Guid caseId, CancellationToken cancellationToken = default) =>
        await ScalarAsync(new SqlStatement("SELECT snapshot FROM cases WHERE case_id = @id", ("@id", Dialect.Id(caseId))), cancellationToken) is string json
            ? CaseRowColumns.ReadSnapshot(json)
            : null;

    /// <inheritdoc cref="IEventStore.ListHeadsAsync" />
    public Task<IReadOnlyList<CaseHead>> ListHeadsAsync(CancellationToken cancellationToken = default) => ReadListAsync(
        new SqlStatement($"SELECT case_id, version, COALESCE({Dialect.SnapshotField("lastHash")}, '') FROM cases ORDER BY case_id"),
        (reader, dialect) => new CaseHead(dialect.ReadId(reader, 0), reader.GetInt64(1), reader.GetString(2)), cancellationToken);

    /// <inheritdoc cref="IEventStore.HasProcessedAsync" />
    public async Task<bool> HasProcessedAsync(Guid messageId, CancellationToken cancellationToken = default) =>
        await ScalarAsync(new SqlStatement("SELECT 1 FROM inbox WHERE message_id = @message", ("@message", Dialect.Id(messageId))), cancellationToken) is not null;

    /// <inheritdoc cref="IEventStore.FindByClientKeyAsync" />
    public async Task<Guid?> FindByClientKeyAsync(string clientKey, CancellationToken cancellationToken = default) =>
        await ScalarAsync(new SqlStatement("SELECT case_id FROM cases WHERE client_key = @key", ("@key", clientKey)), cancellationToken) is { } id
            ? Dialect.IdFrom(id)
            : null;

    /// <inheritdoc cref="ICaseQueries.ListAsync" />
    public Task<IReadOnlyList<CaseState>> ListAsync(string? workflow = null, int limit = 1000, CancellationToken cancellationToken = default) => ReadListAsync(
        new SqlStatement(
            "SELECT snapshot FROM cases WHERE (@workflow IS NULL OR workflow = @workflow) ORDER BY updated_at DESC LIMIT @limit",
            ("@workflow", workflow), ("@limit", limit)),
        (reader, _) => CaseRowColumns.ReadSnapshot(reader.GetString(0)), cancellationToken);

    /// <inheritdoc cref="IEventStore.PruneInboxAsync" />
    public Task<int> PruneInboxAsync(DateTimeOffset processedBefore, int limit, CancellationToken cancellationToken = default) => PruneAsync($"""
        DELETE FROM inbox WHERE message_id IN (
            SELECT message_id FROM inbox WHERE processed_at < @before ORDER BY processed_at LIMIT @limit{Dialect.SkipLocked})
        """, processedBefore, limit, cancellationToken);

    /// <summary>Runs a statement, in <paramref name="transaction"/> when it is given (else on a connection of its own), and returns its rows affected.</summary>
    private protected Task<int> ExecuteAsync(
        SqlStatement statement, CancellationToken cancellationToken, DbConnection? connection = null, DbTransaction? transaction = null) =>
        OnConnectionAsync(connection, async open =>
        {
            await using var command = statement.Command(open, transaction, Dialect);
            return await command.ExecuteNonQueryAsync(cancellationToken);
        }, cancellationToken);

    /// <summary>Runs a query, in <paramref name="transaction"/> when it is given, and returns its first value (null when there is no row).</summary>
    private protected Task<object?> ScalarAsync(
        SqlStatement statement, CancellationToken cancellationToken, DbConnection? connection = null, DbTransaction? transaction = null) =>
        OnConnectionAsync(connection, async open =>
        {
            await using var command = statement.Command(open, transaction, Dialect);
            return await command.ExecuteScalarAsync(cancellationToken) is { } value and not DBNull ? value : null;
        }, cancellationToken);

    /// <summary>Runs a query, in <paramref name="transaction"/> when it is given, and reads every row.</summary>
    private protected Task<IReadOnlyList<T>> ReadListAsync<T>(
        SqlStatement statement, Func<DbDataReader, SqlDialect, T> read, CancellationToken cancellationToken, DbConnection? connection = null, DbTransaction? transaction = null) =>
        OnConnectionAsync<IReadOnlyList<T>>(connection, async open =>
        {
            await using var command = statement.Command(open, transaction, Dialect);
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            var rows = new List<T>();
            while (await reader.ReadAsync(cancellationToken))
            {
                rows.Add(read(reader, Dialect));
            }

            return rows;
        }, cancellationToken);

    /// <summary>
    /// Within a transaction that numbers a table's rows (its <c>MAX + 1</c>), makes other numbering writers wait until it ends, so
    /// that instances writing at once number without gaps or clashes.
    /// </summary>
    private protected async Task LockForNumberingAsync(string table, DbConnection connection, DbTransaction transaction, CancellationToken cancellationToken)
    {
        if (Dialect.NumberingLock(table) is { } sql)
        {
            await ExecuteAsync(new SqlStatement(sql), cancellationToken, connection, transaction);
        }
    }

    /// <summary>Runs <paramref name="work"/> on <paramref name="connection"/>, or on a connection of its own closed afterwards when none is given.</summary>
    private async Task<T> OnConnectionAsync<T>(DbConnection? connection, Func<DbConnection, Task<T>> work, CancellationToken cancellationToken)
    {
        if (connection is not null)
        {
            return await work(connection);
        }

        await using var own = await OpenConnectionAsync(cancellationToken);
        return await work(own);
    }

    private async Task<int> PruneAsync(string sql, DateTimeOffset before, int limit, CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(limit);
        return await ExecuteAsync(new SqlStatement(sql, ("@before", StoreTime.Instant(before)), ("@limit", limit)), cancellationToken);
    }

    /// <summary>A count returned as a scalar.</summary>
    private protected static long Count(object? value) => Convert.ToInt64(value, CultureInfo.InvariantCulture);
}
