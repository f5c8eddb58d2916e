using CaseFlow.Engine.Audit;
using CaseFlow.Engine.History.Relational;

namespace CaseFlow.Engine.History;

/// <summary>
/// The disclosures of personal data, in the same database as the cases (migration 3); rows are only ever added, numbered by
/// <c>seq</c>. The time is fixed-width UTC text (pages compare it); the period disclosed is round-trip text, as it was asked for.
/// </summary>
public abstract partial class RelationalCaseStore : IDisclosureLog
{
    /// <inheritdoc />
    public async Task RecordDisclosureAsync(Disclosure disclosure, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(disclosure);
        await ExecuteAsync(new SqlStatement("""
            INSERT INTO disclosures (at, auditor, what, case_id, period_from, period_to, reason)
            VALUES (@at, @auditor, @what, @case, @from, @to, @reason)
            """,
            ("@at", StoreTime.Instant(disclosure.At)),
            ("@auditor", disclosure.Auditor),
            ("@what", disclosure.What),
            ("@case", Dialect.OptionalId(disclosure.CaseId)),
            ("@from", disclosure.From is { } from ? StoreTime.RoundTrip(from) : null),
            ("@to", disclosure.To is { } to ? StoreTime.RoundTrip(to) : null),
            ("@reason", disclosure.Reason)), cancellationToken);
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<Disclosure>> ListDisclosuresAsync(
        DateTimeOffset since, DateTimeOffset until, int limit, DisclosurePosition? after = null, CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(limit);
        (string, object?)[] period = [("@from", StoreTime.Instant(since)), ("@to", StoreTime.Instant(until)), ("@limit", limit)];
        var statement = after is { } position
            ? new SqlStatement("""
                SELECT at, auditor, what, case_id, period_from, period_to, reason, seq FROM disclosures
                WHERE at >= @from AND at < @to AND (at > @after OR (at = @after AND seq > @seq))
                ORDER BY at, seq LIMIT @limit
                """, [.. period, ("@after", StoreTime.Instant(position.At)), ("@seq", position.Seq)])
            : new SqlStatement("""
                SELECT at, auditor, what, case_id, period_from, period_to, reason, seq FROM disclosures
                WHERE at >= @from AND at < @to
                ORDER BY at, seq LIMIT @limit
                """, period);
        return await ReadListAsync(statement, (reader, dialect) => new Disclosure
        {
            At = StoreTime.ParseInstant(reader.GetString(0)),
            Auditor = reader.GetString(1),
            What = reader.GetString(2),
            CaseId = reader.IsDBNull(3) ? null : dialect.ReadId(reader, 3),
            From = reader.IsDBNull(4) ? null : StoreTime.ParseRoundTrip(reader.GetString(4)),
            To = reader.IsDBNull(5) ? null : StoreTime.ParseRoundTrip(reader.GetString(5)),
            Reason = reader.GetString(6),
            Seq = reader.GetInt64(7),
        }, cancellationToken);
    }
}
