using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;
using CaseFlow.Bench.Samples;
using CaseFlow.Engine.Cases;
using CaseFlow.Engine.History;
using CaseFlow.Workflows.Compilation;
using Microsoft.Data.Sqlite;

namespace CaseFlow.Bench.Scale;

/// <summary>
/// Writes many closed cases straight into a store file in big transactions, row for row as <see cref="SqliteCaseStore"/> writes them
/// (same tables, columns, JSON and time formats), because a million single appends would take most of the suite's ten minutes. Each
/// case is the template's 10-event loop with its own id, client key and times, re-sealed with <see cref="EventChain.Seal"/>.
/// </summary>
internal static class BulkCaseWriter
{
    private const int CasesPerTransaction = 10_000;

    // The store's JSON settings (SqliteCaseStore keeps them internal): web defaults, nulls left out.
    private static readonly JsonSerializerOptions StoreJson = new(JsonSerializerDefaults.Web) { DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull };

    public static async Task<(int Cases, long Events)> WriteAsync(string path, CompiledDefinition definition, long events)
    {
        var template = SampleCase.Closed(definition, progressReports: 0);
        var perCase = template.History.Count;
        var cases = (int)Math.Ceiling(events / (double)perCase);
        var payloads = template.History.Select(e => JsonSerializer.Serialize(e.Payload, StoreJson)).ToArray();
        var effects = template.History.Select(e => JsonSerializer.Serialize(e.Effects, StoreJson)).ToArray();

        await using var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = path, Pooling = false }.ToString());
        await connection.OpenAsync();
        await using (var pragma = connection.CreateCommand())
        {
            pragma.CommandText = "PRAGMA synchronous = OFF;";
            await pragma.ExecuteNonQueryAsync();
        }

        await using var insertCase = connection.CreateCommand();
        insertCase.CommandText = "INSERT INTO cases (case_id, client_key, version, workflow, state, updated_at, snapshot) VALUES ($id, $key, $version, $workflow, $state, $updated, $snapshot)";
        var caseParameters = Parameters(insertCase, "$id", "$key", "$version", "$workflow", "$state", "$updated", "$snapshot");
        await using var insertEvent = connection.CreateCommand();
        insertEvent.CommandText = """
            INSERT INTO events (case_id, sequence, trigger, from_position, reached, to_position, supervision, actor, at, definition_version, payload, effects,
                                actor_kind, previous_hash, hash)
            VALUES ($id, $seq, $trigger, $from, $reached, $to, $supervision, $actor, $at, $version, $payload, $effects, $actorKind, $previousHash, $hash)
            """;
        var eventParameters = Parameters(insertEvent, "$id", "$seq", "$trigger", "$from", "$reached", "$to", "$supervision", "$actor", "$at", "$version",
            "$payload", "$effects", "$actorKind", "$previousHash", "$hash");

        var origin = template.History[0].At;
        for (var first = 0; first < cases; first += CasesPerTransaction)
        {
            await using var transaction = (SqliteTransaction)await connection.BeginTransactionAsync();
            insertCase.Transaction = transaction;
            insertEvent.Transaction = transaction;
            for (var c = first; c < Math.Min(cases, first + CasesPerTransaction); c++)
            {
                var shift = TimeSpan.FromSeconds(c * 30L);
                var id = Guid.CreateVersion7(origin.Add(shift));
                var key = $"bench-{c:D7}";
                var restamped = template.History
                    .Select(e => e with
                    {
                        CaseId = id,
                        At = e.At.Add(shift),
                        Payload = e.Sequence == 1 ? e.Payload with { ClientKey = key } : e.Payload,
                    })
                    .ToList();
                var chain = EventChain.Seal(restamped, null);
                for (var i = 0; i < chain.Count; i++)
                {
                    var e = chain[i];
                    Set(eventParameters, e.CaseId.ToString(), e.Sequence, e.Trigger, e.From, e.Reached, e.To, (object?)e.Supervision ?? DBNull.Value, e.Actor,
                        e.At.ToString("O", CultureInfo.InvariantCulture), e.DefinitionVersion,
                        i == 0 ? JsonSerializer.Serialize(e.Payload, StoreJson) : payloads[i], effects[i], e.ActorKind, e.PreviousHash, e.Hash);
                    await insertEvent.ExecuteNonQueryAsync();
                }

                var state = template.State with
                {
                    Id = id,
                    ClientKey = key,
                    LastHash = chain[^1].Hash,
                    SubmittedAt = template.State.SubmittedAt.Add(shift),
                    UpdatedAt = template.State.UpdatedAt.Add(shift),
                    SignedForAt = template.State.SignedForAt?.Add(shift),
                    ClosedAt = template.State.ClosedAt?.Add(shift),
                };
                Set(caseParameters, id.ToString(), key, state.Version, state.Workflow, state.State, state.UpdatedAt.ToString("O", CultureInfo.InvariantCulture),
                    JsonSerializer.Serialize(state, StoreJson));
                await insertCase.ExecuteNonQueryAsync();
            }

            await transaction.CommitAsync();
        }

        return (cases, (long)cases * perCase);
    }

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
