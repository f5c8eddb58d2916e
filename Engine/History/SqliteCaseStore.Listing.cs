using System.Globalization;
using System.Text.Json;
using CaseFlow.Engine.Cases;
using Microsoft.Data.Sqlite;

namespace CaseFlow.Engine.History;

/// <summary>
/// The filtered, paged list of cases and its count. Filters read the snapshot's JSON (<c>json_extract</c>), except the instants,
/// which the case row keeps beside it as fixed-width UTC text (<c>submitted_at</c>, <c>overdue_from</c>): a file made before
/// them gets the columns, filled from each case's snapshot, when it is opened.
/// </summary>
public sealed partial class SqliteCaseStore
{
    private const string ListingIndexes = """
        CREATE INDEX IF NOT EXISTS cases_by_submission ON cases (submitted_at);
        CREATE INDEX IF NOT EXISTS cases_by_overdue ON cases (overdue_from) WHERE overdue_from IS NOT NULL;
        """;

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

    /// <summary>The case row's listing columns for a snapshot: when it was submitted, and from when it is overdue (if it can be).</summary>
    private static (string SubmittedAt, object OverdueFrom) ListingColumns(CaseState state) =>
        (Instant(state.SubmittedAt), CaseFilter.OverdueFrom(state) is { } overdue ? Instant(overdue) : DBNull.Value);

    /// <summary>Adds the listing columns to a file made before them, filled from each case's snapshot, and their indexes.</summary>
    private static async Task MigrateListingAsync(SqliteConnection connection, CancellationToken cancellationToken)
    {
        // IMMEDIATE: another instance opening the same file at once waits, then finds the columns there.
        await using (var transaction = (SqliteTransaction)await connection.BeginTransactionAsync(cancellationToken))
        {
            await using var info = connection.CreateCommand();
            info.Transaction = transaction;
            info.CommandText = "SELECT 1 FROM pragma_table_info('cases') WHERE name = 'submitted_at'";
            if (await info.ExecuteScalarAsync(cancellationToken) is null)
            {
                await ExecuteAsync(connection, transaction, """
                    ALTER TABLE cases ADD COLUMN submitted_at TEXT NOT NULL DEFAULT '';
                    ALTER TABLE cases ADD COLUMN overdue_from TEXT;
                    """, cancellationToken);
                await FillListingColumnsAsync(connection, transaction, cancellationToken);
            }

            await transaction.CommitAsync(cancellationToken);
        }

        await ExecuteAsync(connection, null, ListingIndexes, cancellationToken);
    }

    private static async Task FillListingColumnsAsync(SqliteConnection connection, SqliteTransaction transaction, CancellationToken cancellationToken)
    {
        var rows = new List<(string Id, CaseState State)>();
        await using (var read = connection.CreateCommand())
        {
            read.Transaction = transaction;
            read.CommandText = "SELECT case_id, snapshot FROM cases";
            await using var reader = await read.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                rows.Add((reader.GetString(0), JsonSerializer.Deserialize<CaseState>(reader.GetString(1), StoreJson.Options)!));
            }
        }

        await using var update = connection.CreateCommand();
        update.Transaction = transaction;
        update.CommandText = "UPDATE cases SET submitted_at = $submitted, overdue_from = $overdue WHERE case_id = $id";
        var id = update.Parameters.Add("$id", SqliteType.Text);
        var submitted = update.Parameters.Add("$submitted", SqliteType.Text);
        var overdue = update.Parameters.Add("$overdue", SqliteType.Text);
        foreach (var (caseId, state) in rows)
        {
            var (submittedAt, overdueFrom) = ListingColumns(state);
            id.Value = caseId;
            submitted.Value = submittedAt;
            overdue.Value = overdueFrom;
            await update.ExecuteNonQueryAsync(cancellationToken);
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
