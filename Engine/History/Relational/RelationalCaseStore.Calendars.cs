using System.Data.Common;
using CaseFlow.Engine.Calendars;
using CaseFlow.Engine.History.Relational;

namespace CaseFlow.Engine.History;

/// <summary>
/// Working-calendar versions in the same database as the cases: the <c>calendars</c> table (migration 7), one row per version.
/// Publishers number versions one at a time (<see cref="LockForNumberingAsync"/>), so instances publishing at once never clash.
/// </summary>
public abstract partial class RelationalCaseStore : ICalendarStore
{
    /// <inheritdoc />
    public async Task<CalendarPublication> PublishCalendarAsync(CalendarDraft draft, bool onlyIfNone = false, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(draft);
        await using var connection = await OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        await LockForNumberingAsync("calendars", connection, transaction, cancellationToken);
        var current = await StoredCalendarsAsync(connection, transaction, cancellationToken);
        if (current.Count > 0 && (onlyIfNone || current[^1].Info.ContentHash == draft.ContentHash))
        {
            return new CalendarPublication(current[^1].Info, false);
        }

        await ExecuteAsync(new SqlStatement("""
            INSERT INTO calendars (version, content_hash, content, published_at, source, published_by)
            SELECT COALESCE(MAX(version), 0) + 1, @hash, @content, @at, @source, @actor FROM calendars
            """,
            ("@hash", draft.ContentHash), ("@content", draft.Content), ("@at", StoreTime.RoundTrip(draft.At)),
            ("@source", draft.Origin.Source), ("@actor", draft.Origin.Actor)), cancellationToken, connection, transaction);
        var stored = await StoredCalendarsAsync(connection, transaction, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return new CalendarPublication(stored[^1].Info, true);
    }

    /// <inheritdoc />
    public Task<IReadOnlyList<StoredCalendar>> ReadCalendarsAsync(CancellationToken cancellationToken = default) => StoredCalendarsAsync(null, null, cancellationToken);

    private Task<IReadOnlyList<StoredCalendar>> StoredCalendarsAsync(DbConnection? connection, DbTransaction? transaction, CancellationToken cancellationToken) => ReadListAsync(
        new SqlStatement("SELECT version, content_hash, published_at, source, published_by, content FROM calendars ORDER BY version"),
        (reader, _) => new StoredCalendar(
            new CalendarVersionInfo(reader.GetInt32(0), reader.GetString(1), StoreTime.ParseRoundTrip(reader.GetString(2)), reader.GetString(3), reader.GetString(4)),
            reader.GetString(5)),
        cancellationToken, connection, transaction);
}
