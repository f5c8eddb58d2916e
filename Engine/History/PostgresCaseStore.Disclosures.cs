using CaseFlow.Engine.Audit;
using Npgsql;

namespace CaseFlow.Engine.History;

/// <summary>The disclosures of personal data, in the same database as the cases (migration 3); rows are only ever added.</summary>
public sealed partial class PostgresCaseStore : IDisclosureLog
{
    /// <inheritdoc />
    public async Task RecordDisclosureAsync(Disclosure disclosure, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(disclosure);
        await using var command = _dataSource.CreateCommand("""
            INSERT INTO disclosures (at, auditor, what, case_id, period_from, period_to, reason) VALUES ($1, $2, $3, $4, $5, $6, $7)
            """);
        command.Parameters.Add(Parameter(Instant(disclosure.At)));
        command.Parameters.Add(Parameter(disclosure.Auditor));
        command.Parameters.Add(Parameter(disclosure.What));
        command.Parameters.Add(disclosure.CaseId is { } id ? Parameter(id) : new NpgsqlParameter { Value = DBNull.Value, NpgsqlDbType = NpgsqlTypes.NpgsqlDbType.Uuid });
        command.Parameters.Add(Parameter(disclosure.From is { } from ? RoundTrip(from) : null));
        command.Parameters.Add(Parameter(disclosure.To is { } to ? RoundTrip(to) : null));
        command.Parameters.Add(Parameter(disclosure.Reason));
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<Disclosure>> ListDisclosuresAsync(
        DateTimeOffset since, DateTimeOffset until, int limit, DisclosurePosition? after = null, CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(limit);
        await using var command = _dataSource.CreateCommand("""
            SELECT at, auditor, what, case_id, period_from, period_to, reason, seq FROM disclosures
            WHERE at >= $1 AND at < $2 AND ($3::text IS NULL OR at > $3 OR (at = $3 AND seq > $4))
            ORDER BY at, seq LIMIT $5
            """);
        command.Parameters.Add(Parameter(Instant(since)));
        command.Parameters.Add(Parameter(Instant(until)));
        command.Parameters.Add(Parameter(after is { } a ? Instant(a.At) : null));
        command.Parameters.Add(Parameter(after?.Seq ?? 0L));
        command.Parameters.Add(Parameter(limit));
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var disclosures = new List<Disclosure>();
        while (await reader.ReadAsync(cancellationToken))
        {
            disclosures.Add(new Disclosure
            {
                At = ParseInstant(reader.GetString(0)),
                Auditor = reader.GetString(1),
                What = reader.GetString(2),
                CaseId = reader.IsDBNull(3) ? null : reader.GetGuid(3),
                From = reader.IsDBNull(4) ? null : ParseRoundTrip(reader.GetString(4)),
                To = reader.IsDBNull(5) ? null : ParseRoundTrip(reader.GetString(5)),
                Reason = reader.GetString(6),
                Seq = reader.GetInt64(7),
            });
        }

        return disclosures;
    }
}
