using System.Globalization;
using System.Text.Json;
using CaseFlow.Engine.Cases;
using Npgsql;
using NpgsqlTypes;

namespace CaseFlow.Engine.History;

/// <summary>
/// The filtered, paged list of cases and its count. Filters read the snapshot's JSON (<c>-&gt;&gt;</c>, co-handlers by
/// <c>json_array_elements</c>), except the instants, which the case row keeps beside it as fixed-width UTC text
/// (<c>submitted_at</c>, <c>overdue_from</c>; migration 6 added and filled them).
/// </summary>
public sealed partial class PostgresCaseStore
{
    private static readonly PostgresFilterSql FilterSql = new();

    /// <inheritdoc />
    public async Task<IReadOnlyList<CaseState>> ListPageAsync(CaseFilter filter, CaseListPosition? after, int limit, CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(limit);
        var (where, values) = FilterSql.Where(filter);
        var next = values.Count + 1;
        await using var command = _dataSource.CreateCommand($"""
            SELECT snapshot FROM cases
            WHERE {where} AND (${next}::text IS NULL OR (updated_at, case_id) < (${next}, ${next + 1}))
            ORDER BY updated_at DESC, case_id DESC LIMIT ${next + 2}
            """);
        AddFilterValues(command, values);
        command.Parameters.Add(Parameter(after is { } a ? Instant(a.UpdatedAt) : null));
        command.Parameters.Add(new NpgsqlParameter { Value = after?.CaseId ?? Guid.Empty, NpgsqlDbType = NpgsqlDbType.Uuid });
        command.Parameters.Add(Parameter(limit));
        var cases = new List<CaseState>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            cases.Add(JsonSerializer.Deserialize<CaseState>(reader.GetString(0), StoreJson.Options)!);
        }

        return cases;
    }

    /// <inheritdoc />
    public async Task<long> CountAsync(CaseFilter filter, CancellationToken cancellationToken = default)
    {
        var (where, values) = FilterSql.Where(filter);
        await using var command = _dataSource.CreateCommand($"SELECT COUNT(*) FROM cases WHERE {where}");
        AddFilterValues(command, values);
        return (long)(await command.ExecuteScalarAsync(cancellationToken))!;
    }

    private static void AddFilterValues(NpgsqlCommand command, List<object> values)
    {
        foreach (var value in values)
        {
            command.Parameters.Add(new NpgsqlParameter { Value = value, NpgsqlDbType = NpgsqlDbType.Text });
        }
    }

    /// <summary>The filter in PostgreSQL's terms: snapshot fields by <c>-&gt;&gt;</c>, co-handlers by <c>json_array_elements</c>.</summary>
    private sealed class PostgresFilterSql : CaseFilterSql
    {
        protected override string IsFinal => "(snapshot->>'isFinal')::boolean";

        protected override string Field(string name) => $"(snapshot->>'{name}')";

        protected override string CoHandledBy(string parameter) =>
            $"EXISTS (SELECT 1 FROM json_array_elements(snapshot->'coHandlers') AS c WHERE c->>'office' = {parameter})";

        protected override string Placeholder(int index) => "$" + (index + 1).ToString(CultureInfo.InvariantCulture);

        protected override string Instant(DateTimeOffset instant) => PostgresCaseStore.Instant(instant);
    }
}
