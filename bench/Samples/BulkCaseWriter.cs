using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;
using CaseFlow.Engine.Cases;
using CaseFlow.Engine.History;
using Microsoft.Data.Sqlite;

namespace CaseFlow.Bench.Samples;

/// <summary>
/// Writes many cases straight into a store file in big transactions, row for row as <see cref="SqliteCaseStore"/> writes events and
/// case rows (same tables, columns, JSON and time formats), because a hundred thousand or a million single appends with an fsync each
/// would take most of the suite. Case <c>c</c> is its template (chosen per case) with its own id, client key <c>{prefix}{c:D7}</c> and
/// times moved so that it is submitted <c>30·c</c> seconds after <c>start</c>, deadlines moved with it, re-sealed with
/// <see cref="EventChain.Seal"/>. Projections are left to the store's rebuild.
/// </summary>
internal static class BulkCaseWriter
{
    private const int CasesPerTransaction = 10_000;
    private const string UtcInstant = "yyyy'-'MM'-'dd'T'HH':'mm':'ss'.'fffffff'Z'";

    // The store's JSON settings (kept internal by the store): web defaults, nulls left out.
    private static readonly JsonSerializerOptions StoreJson = new(JsonSerializerDefaults.Web) { DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull };

    /// <summary>Writes <paramref name="cases"/> cases, each from <paramref name="templateOf"/>(its index); returns the number of events written.</summary>
    public static async Task<long> WriteAsync(string path, int cases, string prefix, DateTimeOffset start, Func<int, SampleCase> templateOf)
    {
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

        // What does not change from case to case is serialized once per template: the effects, and payloads with no key or deadline.
        var serialized = new Dictionary<SampleCase, (string?[] Payloads, string[] Effects)>();
        long events = 0;
        for (var first = 0; first < cases; first += CasesPerTransaction)
        {
            await using var transaction = (SqliteTransaction)await connection.BeginTransactionAsync();
            insertCase.Transaction = transaction;
            insertEvent.Transaction = transaction;
            for (var c = first; c < Math.Min(cases, first + CasesPerTransaction); c++)
            {
                var template = templateOf(c);
                if (!serialized.TryGetValue(template, out var fixedJson))
                {
                    fixedJson = (
                        [.. template.History.Select(e => e.Sequence == 1 || e.Payload.Deadline is not null ? null : JsonSerializer.Serialize(e.Payload, StoreJson))],
                        [.. template.History.Select(e => JsonSerializer.Serialize(e.Effects, StoreJson))]);
                    serialized[template] = fixedJson;
                }

                var shift = start - template.History[0].At + TimeSpan.FromSeconds(c * 30L);
                var id = Guid.CreateVersion7(start.AddSeconds(c * 30L));
                var key = $"{prefix}{c:D7}";
                var chain = EventChain.Seal(
                    template.History.Select(e => e with
                    {
                        CaseId = id,
                        At = e.At.Add(shift),
                        Payload = Shifted(e.Sequence == 1 ? e.Payload with { ClientKey = key } : e.Payload, shift),
                    }).ToList(),
                    null);
                for (var i = 0; i < chain.Count; i++)
                {
                    var e = chain[i];
                    Set(eventParameters, e.CaseId.ToString(), e.Sequence, e.Trigger, e.From, e.Reached, e.To, (object?)e.Supervision ?? DBNull.Value, e.Actor,
                        e.At.ToString("O", CultureInfo.InvariantCulture), e.DefinitionVersion,
                        fixedJson.Payloads[i] ?? JsonSerializer.Serialize(e.Payload, StoreJson), fixedJson.Effects[i], e.ActorKind, e.PreviousHash, e.Hash);
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
