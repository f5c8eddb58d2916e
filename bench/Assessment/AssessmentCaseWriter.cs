using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;
using CaseFlow.Bench.Samples;
using CaseFlow.Engine.Cases;
using CaseFlow.Engine.History;
using CaseFlow.Workflows.Compilation;
using Microsoft.Data.Sqlite;

namespace CaseFlow.Bench.Assessment;

/// <summary>
/// Writes many cases straight into a store file in big transactions, row for row as <see cref="SqliteCaseStore"/> writes events and
/// case rows (a hundred thousand appends with an fsync each would take most of the suite): of every ten cases eight went the whole
/// loop and closed, one was assigned and never signed for (overdue), one was only submitted. Each is its template with its own id,
/// client key and times, 30 s after the one before, re-sealed with <see cref="EventChain.Seal"/>. Projections are left to the rebuild.
/// </summary>
internal static class AssessmentCaseWriter
{
    private const int CasesPerTransaction = 10_000;
    private const string UtcInstant = "yyyy'-'MM'-'dd'T'HH':'mm':'ss'.'fffffff'Z'";

    // The store's JSON settings (kept internal by the store): web defaults, nulls left out.
    private static readonly JsonSerializerOptions StoreJson = new(JsonSerializerDefaults.Web) { DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull };

    /// <summary>The instant the first case is submitted.</summary>
    public static DateTimeOffset Start { get; } = new(2026, 10, 15, 9, 0, 0, TimeSpan.FromHours(8));

    public static async Task<long> WriteAsync(string path, CompiledDefinition definition, int cases)
    {
        var closed = SampleCase.Closed(definition, progressReports: 0, start: Start);
        var assigned = SampleCase.AssignedToOffice(definition);
        var submitted = SampleCase.Submitted(definition, start: Start);
        await using var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = path, Pooling = false }.ToString());
        await connection.OpenAsync();
        await using (var pragma = connection.CreateCommand())
        {
            pragma.CommandText = "PRAGMA synchronous = OFF;";
            await pragma.ExecuteNonQueryAsync();
        }

        await using var insertCase = connection.CreateCommand();
        insertCase.CommandText = """
            INSERT INTO cases (case_id, client_key, version, workflow, state, updated_at, snapshot, submitted_at)
            VALUES ($id, $key, $version, $workflow, $state, $updated, $snapshot, $submitted)
            """;
        var caseParameters = Parameters(insertCase, "$id", "$key", "$version", "$workflow", "$state", "$updated", "$snapshot", "$submitted");
        await using var insertEvent = connection.CreateCommand();
        insertEvent.CommandText = """
            INSERT INTO events (case_id, sequence, trigger, from_position, reached, to_position, supervision, actor, at, definition_version, payload, effects,
                                actor_kind, previous_hash, hash)
            VALUES ($id, $seq, $trigger, $from, $reached, $to, $supervision, $actor, $at, $version, $payload, $effects, $actorKind, $previousHash, $hash)
            """;
        var eventParameters = Parameters(insertEvent, "$id", "$seq", "$trigger", "$from", "$reached", "$to", "$supervision", "$actor", "$at", "$version",
            "$payload", "$effects", "$actorKind", "$previousHash", "$hash");

        long events = 0;
        for (var first = 0; first < cases; first += CasesPerTransaction)
        {
            await using var transaction = (SqliteTransaction)await connection.BeginTransactionAsync();
            insertCase.Transaction = transaction;
            insertEvent.Transaction = transaction;
            for (var c = first; c < Math.Min(cases, first + CasesPerTransaction); c++)
            {
                var template = (c % 10) switch { 8 => assigned, 9 => submitted, _ => closed };
                var shift = Start - template.History[0].At + TimeSpan.FromSeconds(c * 30L);
                var id = Guid.CreateVersion7(Start.Add(shift));
                var key = $"assess-{c:D7}";
                var chain = EventChain.Seal(
                    template.History.Select(e => e with
                    {
                        CaseId = id,
                        At = e.At.Add(shift),
                        Payload = Shifted(e.Sequence == 1 ? e.Payload with { ClientKey = key } : e.Payload, shift),
                    }).ToList(),
                    null);
                foreach (var e in chain)
                {
                    Set(eventParameters, e.CaseId.ToString(), e.Sequence, e.Trigger, e.From, e.Reached, e.To, (object?)e.Supervision ?? DBNull.Value, e.Actor,
                        e.At.ToString("O", CultureInfo.InvariantCulture), e.DefinitionVersion,
                        JsonSerializer.Serialize(e.Payload, StoreJson), JsonSerializer.Serialize(e.Effects, StoreJson), e.ActorKind, e.PreviousHash, e.Hash);
                    await insertEvent.ExecuteNonQueryAsync();
                    events++;
                }

                var state = template.State with
                {
                    Id = id,
                    ClientKey = key,
                    LastHash = chain[^1].Hash,
                    SubmittedAt = template.State.SubmittedAt.Add(shift),
                    UpdatedAt = template.State.UpdatedAt.Add(shift),
                    SignedForAt = template.State.SignedForAt?.Add(shift),
                    RoutedAt = template.State.RoutedAt?.Add(shift),
                    SignForDeadline = template.State.SignForDeadline?.Add(shift),
                    HandlingDeadline = template.State.HandlingDeadline?.Add(shift),
                    ClosedAt = template.State.ClosedAt?.Add(shift),
                };
                Set(caseParameters, id.ToString(), key, state.Version, state.Workflow, state.State, state.UpdatedAt.ToString("O", CultureInfo.InvariantCulture),
                    JsonSerializer.Serialize(state, StoreJson), state.SubmittedAt.UtcDateTime.ToString(UtcInstant, CultureInfo.InvariantCulture));
                await insertCase.ExecuteNonQueryAsync();
            }

            await transaction.CommitAsync();
        }

        return events;
    }

    /// <summary>The deadlines a payload records, moved with the case (a sign-for deadline stays the same span after its assignment).</summary>
    private static CasePayload Shifted(CasePayload payload, TimeSpan shift) => payload with { Deadline = payload.Deadline?.Add(shift) };

    private static SqliteParameter[] Parameters(SqliteCommand command, params string[] names)
    {
        var parameters = names.Select(n => command.Parameters.AddWithValue(n, DBNull.Value)).ToArray();
        command.Prepare();
        return parameters;
    }

    private static void Set(SqliteParameter[] parameters, params object[] values)
    {
        for (var i = 0; i < parameters.Length; i++)
        {
            parameters[i].Value = values[i];
        }
    }
}
