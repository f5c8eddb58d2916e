using CaseFlow.Engine.Calendars;
using Npgsql;

namespace CaseFlow.Engine.History;

/// <summary>
/// Working-calendar versions in the same database as the cases: the <c>calendars</c> table (migration 7), one row per version.
/// Publishers take a table lock, so instances publishing at once number versions without gaps or clashes.
/// </summary>
public sealed partial class PostgresCaseStore : ICalendarStore
{
    /// <inheritdoc />
    public async Task<CalendarPublication> PublishCalendarAsync(CalendarDraft draft, bool onlyIfNone = false, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(draft);
        await using var connection = await _dataSource.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        await ExecuteAsync(connection, transaction, "LOCK TABLE calendars IN SHARE ROW EXCLUSIVE MODE", cancellationToken);
        var current = await ReadCalendarsAsync(connection, transaction, cancellationToken);
        if (current.Count > 0 && (onlyIfNone || current[^1].Info.ContentHash == draft.ContentHash))
        {
            return new CalendarPublication(current[^1].Info, false);
        }

        await ExecuteAsync(connection, transaction, """
            INSERT INTO calendars (version, content_hash, content, published_at, source, published_by)
            SELECT COALESCE(MAX(version), 0) + 1, $1, $2, $3, $4, $5 FROM calendars
            """, cancellationToken,
            draft.ContentHash, draft.Content, RoundTrip(draft.At), draft.Origin.Source, draft.Origin.Actor);
        var stored = await ReadCalendarsAsync(connection, transaction, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return new CalendarPublication(stored[^1].Info, true);
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<StoredCalendar>> ReadCalendarsAsync(CancellationToken cancellationToken = default)
    {
        await using var connection = await _dataSource.OpenConnectionAsync(cancellationToken);
        return await ReadCalendarsAsync(connection, null, cancellationToken);
    }

    private static async Task<List<StoredCalendar>> ReadCalendarsAsync(NpgsqlConnection connection, NpgsqlTransaction? transaction, CancellationToken cancellationToken)
    {
        await using var command = Command(connection, transaction, "SELECT version, content_hash, published_at, source, published_by, content FROM calendars ORDER BY version", []);
        var calendars = new List<StoredCalendar>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            calendars.Add(new StoredCalendar(
                new CalendarVersionInfo(reader.GetInt32(0), reader.GetString(1), ParseRoundTrip(reader.GetString(2)), reader.GetString(3), reader.GetString(4)),
                reader.GetString(5)));
        }

        return calendars;
    }
}
