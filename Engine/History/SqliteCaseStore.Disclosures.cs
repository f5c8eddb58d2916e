using CaseFlow.Engine.Audit;
using Microsoft.Data.Sqlite;

namespace CaseFlow.Engine.History;

/// <summary>The disclosures of personal data, in the same SQLite file as the cases; rows are only ever added.</summary>
public sealed partial class SqliteCaseStore : IDisclosureLog
{
    /// <inheritdoc />
    public async Task RecordDisclosureAsync(Disclosure disclosure, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(disclosure);
        await using var connection = await OpenAsync(cancellationToken);
        await using var command = Command(connection, null, """
            INSERT INTO disclosures (at, auditor, what, case_id, period_from, period_to, reason)
            VALUES ($at, $auditor, $what, $case, $from, $to, $reason)
            """,
            [
                ("$at", Instant(disclosure.At)),
                ("$auditor", disclosure.Auditor),
                ("$what", disclosure.What),
                ("$case", (object?)disclosure.CaseId?.ToString() ?? DBNull.Value),
                ("$from", disclosure.From is { } from ? Text(from) : DBNull.Value as object),
                ("$to", disclosure.To is { } to ? Text(to) : DBNull.Value as object),
                ("$reason", disclosure.Reason),
            ]);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<Disclosure>> ListDisclosuresAsync(
        DateTimeOffset since, DateTimeOffset until, int limit, DisclosurePosition? after = null, CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(limit);
        await using var connection = await OpenAsync(cancellationToken);
        await using var command = Command(connection, null, """
            SELECT at, auditor, what, case_id, period_from, period_to, reason, seq FROM disclosures
            WHERE at >= $from AND at < $to AND ($after IS NULL OR at > $after OR (at = $after AND seq > $seq))
            ORDER BY at, seq LIMIT $limit
            """,
            [
                ("$from", Instant(since)), ("$to", Instant(until)), ("$after", after is { } a ? Instant(a.At) : DBNull.Value as object),
                ("$seq", after?.Seq ?? 0), ("$limit", limit),
            ]);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var disclosures = new List<Disclosure>();
        while (await reader.ReadAsync(cancellationToken))
        {
            disclosures.Add(ReadDisclosure(reader));
        }

        return disclosures;
    }

    private static Disclosure ReadDisclosure(SqliteDataReader reader) => new()
    {
        At = ParseInstant(reader.GetString(0)),
        Auditor = reader.GetString(1),
        What = reader.GetString(2),
        CaseId = reader.IsDBNull(3) ? null : Guid.Parse(reader.GetString(3)),
        From = reader.IsDBNull(4) ? null : DateTimeOffset.ParseExact(reader.GetString(4), "O", System.Globalization.CultureInfo.InvariantCulture),
        To = reader.IsDBNull(5) ? null : DateTimeOffset.ParseExact(reader.GetString(5), "O", System.Globalization.CultureInfo.InvariantCulture),
        Reason = reader.GetString(6),
        Seq = reader.GetInt64(7),
    };
}
