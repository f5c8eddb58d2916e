using CaseFlow.Engine.Cases;
using CaseFlow.Engine.History.Relational;

namespace CaseFlow.Engine.History;

/// <summary>
/// The filtered, paged list of cases and its count. Filters read the snapshot's JSON (<see cref="CaseFilterSql"/>, in the dialect's
/// terms), except the instants, which the case row keeps beside it as fixed-width UTC text (<c>submitted_at</c>, <c>overdue_from</c>;
/// migration 6 added and filled them).
/// </summary>
public abstract partial class RelationalCaseStore
{
    /// <inheritdoc cref="ICaseQueries.ListPageAsync" />
    public async Task<IReadOnlyList<CaseState>> ListPageAsync(CaseFilter filter, CaseListPosition? after, int limit, CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(limit);
        var (where, parameters) = CaseFilterSql.Where(filter, Dialect);

        // After the last case listed: a row comparison, so that the index on (updated_at, case_id) gives the order and the starting
        // point; its time as the case row stores it, so that equal instants compare equal.
        var (page, position) = after is { } last
            ? (" AND (updated_at, case_id) < (@updated, @case)", new (string, object?)[] { ("@updated", Dialect.CaseRowTime(last.UpdatedAt)), ("@case", Dialect.Id(last.CaseId)) })
            : ("", []);
        return await ReadListAsync(
            new SqlStatement(
                $"SELECT snapshot FROM cases WHERE {where}{page} ORDER BY updated_at DESC, case_id DESC LIMIT @limit",
                [.. parameters, .. position, ("@limit", limit)]),
            (reader, _) => CaseRowColumns.ReadSnapshot(reader.GetString(0)), cancellationToken);
    }

    /// <inheritdoc cref="ICaseQueries.CountAsync" />
    public async Task<long> CountAsync(CaseFilter filter, CancellationToken cancellationToken = default)
    {
        var (where, parameters) = CaseFilterSql.Where(filter, Dialect);
        return Count(await ScalarAsync(new SqlStatement($"SELECT COUNT(*) FROM cases WHERE {where}", parameters), cancellationToken));
    }
}
