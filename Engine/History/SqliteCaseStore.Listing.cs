using System.Globalization;
using System.Text.Json;
using CaseFlow.Engine.Cases;
using Microsoft.Data.Sqlite;

namespace CaseFlow.Engine.History;

/// <summary>
/// The filtered, paged list of cases and its count. Filters read the snapshot's JSON (<c>json_extract</c>), except the instants,
/// which the case row keeps beside it as fixed-width UTC text (<c>submitted_at</c>, <c>overdue_from</c>; migration 6 added and
/// filled them in a file made before them).
/// </summary>
public sealed partial class SqliteCaseStore
{
    private static readonly SqliteFilterSql FilterSql = new();

    /// <inheritdoc />
    public async Task<IReadOnlyList<CaseState>> ListPageAsync(CaseFilter filter, CaseListPosition? after, int limit, CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(limit);
        var (where, values) = FilterSql.Where(filter);
        await using var connection = await OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = $"""
            SELECT snapshot FROM cases
            WHERE {where}
              AND ($updated IS NULL OR updated_at < $updated OR (updated_at = $updated AND case_id < $case))
            ORDER BY updated_at DESC, case_id DESC LIMIT $limit
            """;
        AddFilterValues(command, values);
        // As the case row stores it (see WriteCaseAsync), so that equal instants compare equal.
        command.Parameters.AddWithValue("$updated", (object?)after?.UpdatedAt.ToString("O", CultureInfo.InvariantCulture) ?? DBNull.Value);
        command.Parameters.AddWithValue("$case", (object?)after?.CaseId.ToString() ?? DBNull.Value);
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
    public async Task<long> CountAsync(CaseFilter filter, CancellationToken cancellationToken = default)
    {
        var (where, values) = FilterSql.Where(filter);
        await using var connection = await OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = $"SELECT COUNT(*) FROM cases WHERE {where}";
        AddFilterValues(command, values);
        return Convert.ToInt64(await command.ExecuteScalarAsync(cancellationToken), CultureInfo.InvariantCulture);
    }

    private static void AddFilterValues(SqliteCommand command, List<object> values)
    {
        for (var i = 0; i < values.Count; i++)
        {
            command.Parameters.AddWithValue(SqliteFilterSql.Name(i), values[i]);
        }
    }

    /// <summary>The filter in SQLite's terms: snapshot fields by <c>json_extract</c>, co-handlers by <c>json_each</c>.</summary>
    private sealed class SqliteFilterSql : CaseFilterSql
    {
        public static string Name(int index) => "$f" + index.ToString(CultureInfo.InvariantCulture);

        protected override string IsFinal => "json_extract(snapshot, '$.isFinal') = 1";

        protected override string Field(string name) => $"json_extract(snapshot, '$.{name}')";

        protected override string CoHandledBy(string parameter) =>
            $"EXISTS (SELECT 1 FROM json_each(snapshot, '$.coHandlers') AS c WHERE json_extract(c.value, '$.office') = {parameter})";

        protected override string Placeholder(int index) => Name(index);

        protected override string Instant(DateTimeOffset instant) => SqliteCaseStore.Instant(instant);
    }
}
