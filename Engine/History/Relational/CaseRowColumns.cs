using System.Text.Json;
using CaseFlow.Engine.Cases;

namespace CaseFlow.Engine.History.Relational;

/// <summary>
/// The <c>cases</c> table's column map: one row per case holding its snapshot (JSON), the version that is the optimistic lock, and
/// beside the snapshot the columns lists filter and order by (workflow, state, <c>updated_at</c>, <c>submitted_at</c>, <c>overdue_from</c>).
/// </summary>
internal static class CaseRowColumns
{
    /// <summary>
    /// The write of a case row: a new case (expected version 0) is inserted unless its id or client key exists; an existing one is
    /// updated only at the expected version. One row affected means it was written.
    /// </summary>
    public static SqlStatement Write(CaseState state, long expectedVersion, SqlDialect dialect)
    {
        var (submittedAt, overdueFrom) = Listing(state);
        var sql = expectedVersion == 0
            ? """
              INSERT INTO cases (case_id, client_key, version, workflow, state, updated_at, snapshot, submitted_at, overdue_from)
              VALUES (@id, @key, @version, @workflow, @state, @updated, @snapshot, @submitted, @overdue)
              ON CONFLICT DO NOTHING
              """
            : """
              UPDATE cases SET version = @version, workflow = @workflow, state = @state, updated_at = @updated, snapshot = @snapshot,
                               submitted_at = @submitted, overdue_from = @overdue
              WHERE case_id = @id AND version = @expected
              """;
        (string, object?)[] values =
        [
            ("@id", dialect.Id(state.Id)),
            ("@key", state.ClientKey),
            ("@version", state.Version),
            ("@workflow", state.Workflow),
            ("@state", state.State),
            ("@updated", dialect.CaseRowTime(state.UpdatedAt)),
            ("@snapshot", new JsonText(JsonSerializer.Serialize(state, StoreJson.Options))),
            ("@submitted", submittedAt),
            ("@overdue", overdueFrom),
        ];
        return new SqlStatement(sql, expectedVersion == 0 ? values : [.. values, ("@expected", expectedVersion)]);
    }

    /// <summary>Whether another case holds the state's client key (why an insert of a new case wrote nothing).</summary>
    public static SqlStatement ClientKeyTaken(CaseState state, SqlDialect dialect) =>
        new("SELECT 1 FROM cases WHERE client_key = @key AND case_id <> @id", ("@key", state.ClientKey), ("@id", dialect.Id(state.Id)));

    /// <summary>The case row's listing columns for a snapshot: when it was submitted, and from when it is overdue (if it can be).</summary>
    public static (string SubmittedAt, string? OverdueFrom) Listing(CaseState state) =>
        (StoreTime.Instant(state.SubmittedAt), CaseFilter.OverdueFrom(state) is { } overdue ? StoreTime.Instant(overdue) : null);

    /// <summary>A snapshot read back from its column.</summary>
    public static CaseState ReadSnapshot(string json) => JsonSerializer.Deserialize<CaseState>(json, StoreJson.Options)!;
}
