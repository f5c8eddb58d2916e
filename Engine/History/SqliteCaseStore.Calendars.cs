using System.Globalization;
using CaseFlow.Engine.Calendars;
using Microsoft.Data.Sqlite;

namespace CaseFlow.Engine.History;

/// <summary>Working-calendar versions in the same SQLite file as the cases: the <c>calendars</c> table, one row per version.</summary>
public sealed partial class SqliteCaseStore : ICalendarStore
{
    /// <inheritdoc />
    public async Task<CalendarPublication> PublishCalendarAsync(CalendarDraft draft, bool onlyIfNone = false, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(draft);
        await using var connection = await OpenAsync(cancellationToken);
        // IMMEDIATE: the write lock is taken before the current version is read, so two publishers never number the same version.
        await using var transaction = connection.BeginTransaction(deferred: false);
        var current = await ReadCalendarsAsync(connection, transaction, cancellationToken);
        if (current.Count > 0 && (onlyIfNone || current[^1].Info.ContentHash == draft.ContentHash))
        {
            return new CalendarPublication(current[^1].Info, false);
        }

        await ExecuteAsync(connection, transaction, """
            INSERT INTO calendars (version, content_hash, content, published_at, source, published_by)
            SELECT COALESCE(MAX(version), 0) + 1, $hash, $content, $at, $source, $actor FROM calendars
            """, cancellationToken,
            ("$hash", draft.ContentHash), ("$content", draft.Content), ("$at", draft.At.ToString("O", CultureInfo.InvariantCulture)),
            ("$source", draft.Origin.Source), ("$actor", draft.Origin.Actor));
        var stored = await ReadCalendarsAsync(connection, transaction, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return new CalendarPublication(stored[^1].Info, true);
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<StoredCalendar>> ReadCalendarsAsync(CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenAsync(cancellationToken);
        return await ReadCalendarsAsync(connection, null, cancellationToken);
    }

    private static async Task<List<StoredCalendar>> ReadCalendarsAsync(SqliteConnection connection, SqliteTransaction? transaction, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = "SELECT version, content_hash, published_at, source, published_by, content FROM calendars ORDER BY version";
        var calendars = new List<StoredCalendar>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            calendars.Add(new StoredCalendar(
                new CalendarVersionInfo(reader.GetInt32(0), reader.GetString(1), DateTimeOffset.Parse(reader.GetString(2), CultureInfo.InvariantCulture), reader.GetString(3), reader.GetString(4)),
                reader.GetString(5)));
        }

        return calendars;
    }
}
