using System.Data.Common;
using CaseFlow.Engine.History.Relational;
using Npgsql;

namespace CaseFlow.Engine.History;

/// <summary>
/// The shared store: one PostgreSQL database that several CaseFlow instances use at once, on the shared relational base. Each append
/// (case row, events, inbox entry, timers and outbox) is written in one transaction, those arriving together grouped into one
/// (group commit, on by default); the case row's version is the optimistic lock, so of two writers at the same version exactly one
/// commits. Relays and timer pumps claim rows with <c>FOR UPDATE SKIP LOCKED</c>, so
/// instances claim disjoint sets. Connections come from one pooled data source: a broken connection is dropped, and the next call
/// opens a fresh one.
/// </summary>
public sealed partial class PostgresCaseStore : RelationalCaseStore, ICaseStore, IAsyncDisposable, IDisposable
{
    private readonly NpgsqlDataSource _dataSource;

    /// <summary>
    /// Opens the store on a connection string (Npgsql's syntax: <c>Host=…;Port=…;Database=…;Username=…;Password=…</c>), committing
    /// appends as <paramref name="groupCommit"/> says (grouped, by default).
    /// </summary>
    public PostgresCaseStore(string connectionString, GroupCommitSettings? groupCommit = null)
        : base(new PostgresDialect(), groupCommit)
    {
        ArgumentException.ThrowIfNullOrEmpty(connectionString);
        _dataSource = NpgsqlDataSource.Create(connectionString);
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync() => await _dataSource.DisposeAsync();

    /// <inheritdoc />
    public void Dispose() => _dataSource.Dispose();

    private protected override async Task<DbConnection> OpenConnectionAsync(CancellationToken cancellationToken) =>
        await _dataSource.OpenConnectionAsync(cancellationToken);
}
