using System.Data.Common;
using System.Text.Json;
using System.Text.Json.Serialization;
using CaseFlow.Engine.Assessment;

namespace CaseFlow.Engine.History.Relational;

/// <summary>
/// The <c>case_assessment</c> table's column map: one row per case with the facts its history folds to (JSON), the case version
/// they stand for and the derivation that folded them. A row counts only while its version is the case row's and its derivation
/// the code's; any other row is a case to read from its history until it is rebuilt.
/// </summary>
internal static class AssessmentColumns
{
    /// <summary>The projection rows beside every case row, in case id order: what identifies the row's content first, the content after.</summary>
    public const string ReadAll = """
        SELECT c.case_id, c.version, a.version, a.derivation, c.snapshot, a.facts
        FROM cases c LEFT JOIN case_assessment a ON a.case_id = c.case_id
        ORDER BY c.case_id
        """;

    /// <summary>The cases whose projection is missing, behind their case row or of another derivation.</summary>
    public static SqlStatement Stale() => new("""
        SELECT c.case_id FROM cases c LEFT JOIN case_assessment a ON a.case_id = c.case_id
        WHERE a.case_id IS NULL OR a.version <> c.version OR a.derivation <> @derivation
        ORDER BY c.case_id
        """, ("@derivation", AssessmentFacts.Derivation));

    /// <summary>Every case id, in order.</summary>
    public static SqlStatement All() => new("SELECT case_id FROM cases ORDER BY case_id");

    /// <summary>
    /// The write of a case's projection: inserted, or replacing a row at the same or an earlier version or of another derivation (a
    /// rebuild never overwrites what a later append wrote).
    /// </summary>
    public static SqlStatement Write(Guid caseId, AssessmentFacts facts, SqlDialect dialect) => new("""
        INSERT INTO case_assessment (case_id, version, derivation, facts) VALUES (@id, @version, @derivation, @facts)
        ON CONFLICT (case_id) DO UPDATE SET version = excluded.version, derivation = excluded.derivation, facts = excluded.facts
        WHERE case_assessment.version <= excluded.version OR case_assessment.derivation <> excluded.derivation
        """,
        ("@id", dialect.Id(caseId)), ("@version", facts.Version), ("@derivation", AssessmentFacts.Derivation), ("@facts", Serialize(facts)));

    /// <summary>
    /// The case's projection at <paramref name="version"/> as the transaction sees it, or null when it is not current there (missing,
    /// behind or of another derivation): an append then writes none, and the case is read from its history until a rebuild writes it,
    /// since an append never reads a history.
    /// </summary>
    public static async Task<AssessmentFacts?> CurrentAsync(StatementRunner runner, Guid caseId, long version, SqlDialect dialect, CancellationToken cancellationToken) =>
        await runner.ScalarAsync(
            new SqlStatement(
                "SELECT facts FROM case_assessment WHERE case_id = @id AND version = @version AND derivation = @derivation",
                ("@id", dialect.Id(caseId)), ("@version", version), ("@derivation", AssessmentFacts.Derivation)),
            cancellationToken) is string json
            ? Deserialize(json)
            : null;

    /// <summary>
    /// A row of <see cref="ReadAll"/>: the case as parsed before when <paramref name="parsed"/> still holds it at this row's version
    /// and currency (its snapshot and facts then not even read), else the row's text to parse.
    /// </summary>
    public static Row ReadRow(DbDataReader reader, SqlDialect dialect, ProjectedCases parsed)
    {
        var id = dialect.ReadId(reader, 0);
        var version = reader.GetInt64(1);
        var current = !reader.IsDBNull(2) && reader.GetInt64(2) == version && reader.GetInt32(3) == AssessmentFacts.Derivation;
        return parsed.Find(id, version, current) is { } held
            ? new Row(id, held, null, null)
            : new Row(id, null, reader.GetString(4), current ? reader.GetString(5) : null);
    }

    /// <summary>Rows read by <see cref="ReadRow"/>, those not held parsed on as many cores as there are (and held from now on), in order.</summary>
    public static ProjectedCase[] Parse(IReadOnlyList<Row> rows, ProjectedCases parsed)
    {
        var cases = new ProjectedCase[rows.Count];
        Parallel.For(0, rows.Count, i =>
        {
            if (rows[i].Held is { } held)
            {
                cases[i] = held;
                return;
            }

            cases[i] = new ProjectedCase(
                JsonSerializer.Deserialize(rows[i].Snapshot!, SnapshotJson.Default.CaseState)!,
                rows[i].Facts is { } facts ? Deserialize(facts) : null);
            parsed.Put(cases[i]);
        });
        return cases;
    }

    /// <summary>A projection row as read: the case held from before, or the text of its snapshot and (when current) facts to parse.</summary>
    public sealed record Row(Guid Id, ProjectedCase? Held, string? Snapshot, string? Facts);

    public static string Serialize(AssessmentFacts facts) => JsonSerializer.Serialize(facts, AssessmentJson.Default.AssessmentFacts);

    public static AssessmentFacts Deserialize(string json) => JsonSerializer.Deserialize(json, AssessmentJson.Default.AssessmentFacts)!;
}

/// <summary>The projection's JSON, generated at compile time: the assessment reads one row per case, so reading it must be cheap.</summary>
[JsonSourceGenerationOptions(JsonSerializerDefaults.Web, DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingDefault)]
[JsonSerializable(typeof(AssessmentFacts))]
internal sealed partial class AssessmentJson : JsonSerializerContext;

/// <summary>
/// The case row's snapshot read with generated code: the shape <see cref="CaseRowColumns"/> writes (<see cref="StoreJson"/>, web
/// defaults), read for every case by the assessment, where reflection would cost most of the read.
/// </summary>
[JsonSourceGenerationOptions(JsonSerializerDefaults.Web)]
[JsonSerializable(typeof(Cases.CaseState))]
internal sealed partial class SnapshotJson : JsonSerializerContext;
