using CaseFlow.Engine.Definitions;

namespace CaseFlow.Engine.Calendars;

/// <summary>
/// Durable working-calendar versions, apart from the definition versions: each publication of new content is the next version and
/// current (the latest version is current), surviving restarts. Both case stores implement it in the same database as the cases.
/// </summary>
public interface ICalendarStore
{
    /// <summary>
    /// Stores the calendar as the next version unless the current version has the same content, in one transaction; with
    /// <paramref name="onlyIfNone"/> it is stored only when no version exists yet (version 1 taken from the definition).
    /// </summary>
    Task<CalendarPublication> PublishCalendarAsync(CalendarDraft draft, bool onlyIfNone = false, CancellationToken cancellationToken = default);

    /// <summary>Every stored version with its text, oldest first; the last is current.</summary>
    Task<IReadOnlyList<StoredCalendar>> ReadCalendarsAsync(CancellationToken cancellationToken = default);
}

/// <summary>A valid calendar on its way into the store.</summary>
/// <param name="ContentHash">SHA-256 of the text.</param>
/// <param name="Content">The calendar text, stored exactly as given.</param>
/// <param name="Origin">Where it came from and who published it.</param>
/// <param name="At">When it is published.</param>
public sealed record CalendarDraft(string ContentHash, string Content, PublicationOrigin Origin, DateTimeOffset At);

/// <summary>A stored calendar version, without its text.</summary>
/// <param name="Number">The version number (1, 2, …), in order of publication; the highest is current.</param>
/// <param name="ContentHash">SHA-256 of the text.</param>
/// <param name="PublishedAt">When it was published.</param>
/// <param name="Source">Where it came from: the admin API, a file path, or the definition version it was taken from.</param>
/// <param name="PublishedBy">Who published it.</param>
public sealed record CalendarVersionInfo(int Number, string ContentHash, DateTimeOffset PublishedAt, string Source, string PublishedBy);

/// <summary>A stored calendar version with its text.</summary>
/// <param name="Info">Its particulars.</param>
/// <param name="Content">The text it was published with.</param>
public sealed record StoredCalendar(CalendarVersionInfo Info, string Content);

/// <summary>What a calendar publication did.</summary>
/// <param name="Version">The version now current.</param>
/// <param name="Created">True when the content became a new version; false when it was the current one already.</param>
public sealed record CalendarPublication(CalendarVersionInfo Version, bool Created);
