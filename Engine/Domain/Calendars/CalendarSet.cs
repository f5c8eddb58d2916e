using CaseFlow.Engine.Cases;
using CaseFlow.Workflows.Calendar;
using CaseFlow.Workflows.Compilation;

namespace CaseFlow.Engine.Calendars;

/// <summary>
/// The working calendars deadlines are computed on, by version, and which one is current. Pure: the calendar registry hands out
/// a snapshot. New deadlines are computed on the current version and record it; what a case derives from its deadlines (timers,
/// return limits, assessment) uses the version its latest deadline recorded, so one case's deadlines never mix two calendars. A case
/// whose events record no version (recorded before calendars were published on their own) keeps its definition's calendar.
/// </summary>
public sealed class CalendarSet
{
    private readonly IReadOnlyDictionary<int, WorkingCalendar> _versions;

    /// <summary>A set of calendar versions with <paramref name="current"/> the one new deadlines are computed on (null: none).</summary>
    public CalendarSet(IReadOnlyDictionary<int, WorkingCalendar> versions, int? current)
    {
        ArgumentNullException.ThrowIfNull(versions);
        if (current is { } version && !versions.ContainsKey(version))
        {
            throw new ArgumentException($"calendar version {version} is not among the versions given", nameof(current));
        }

        _versions = versions;
        CurrentVersion = current;
    }

    /// <summary>No published calendar: every case counts on its definition's calendar and no deadline records a calendar version.</summary>
    public static CalendarSet None { get; } = new(new Dictionary<int, WorkingCalendar>(), null);

    /// <summary>The version new deadlines are computed on; null when no calendar is published (the definition's own is used).</summary>
    public int? CurrentVersion { get; }

    /// <summary>The calendar with this version number, or null.</summary>
    public WorkingCalendar? Find(int version) => _versions.GetValueOrDefault(version);

    /// <summary>The calendar a case's deadlines were computed on: the version its latest deadline recorded, else its definition's.</summary>
    public WorkingCalendar? Of(CaseState state, CompiledDefinition definition)
    {
        ArgumentNullException.ThrowIfNull(state);
        ArgumentNullException.ThrowIfNull(definition);
        return state.CalendarVersion is { } version ? Find(version) ?? throw Missing(version) : definition.Calendar;
    }

    /// <summary>The calendar with this version, else the definition's (for a history step that recorded no version).</summary>
    public WorkingCalendar? Of(int? version, CompiledDefinition definition)
    {
        ArgumentNullException.ThrowIfNull(definition);
        return version is { } v ? Find(v) ?? throw Missing(v) : definition.Calendar;
    }

    /// <summary>The version and calendar a deadline computed now is computed on (no version: the definition's calendar, unrecorded).</summary>
    public (int? Version, WorkingCalendar? Calendar) ForNewDeadlines(CompiledDefinition definition)
    {
        ArgumentNullException.ThrowIfNull(definition);
        return CurrentVersion is { } version ? (version, _versions[version]) : (null, definition.Calendar);
    }

    /// <summary>
    /// These versions with <paramref name="version"/> current: how a recorded step is re-derived on the calendar it recorded (null: as
    /// before calendars were published on their own), never on today's.
    /// </summary>
    public CalendarSet AsOf(int? version)
    {
        if (version == CurrentVersion)
        {
            return this;
        }

        return version is { } v && !_versions.ContainsKey(v) ? throw Missing(v) : new CalendarSet(_versions, version);
    }

    private static InvalidOperationException Missing(int version) =>
        new($"calendar version {version} is recorded by a case but not published here; load every calendar version before deciding or replaying");
}
