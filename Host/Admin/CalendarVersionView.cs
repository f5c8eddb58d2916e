using CaseFlow.Engine.Calendars;

namespace CaseFlow.Host.Admin;

/// <summary>A published working-calendar version.</summary>
/// <param name="Version">The version's number.</param>
/// <param name="Current">True for the version deadlines are counted on now.</param>
/// <param name="ContentHash">The hash of its content.</param>
/// <param name="PublishedAt">When it was published.</param>
/// <param name="Source">How it was published.</param>
/// <param name="PublishedBy">Who published it.</param>
/// <param name="Links">Where its content is.</param>
internal sealed record CalendarVersionView(int Version, bool Current, string ContentHash, DateTimeOffset PublishedAt, string Source, string PublishedBy, CalendarVersionLinks Links);

/// <summary>Where a calendar version's content is.</summary>
/// <param name="Content">The calendar, as published.</param>
internal sealed record CalendarVersionLinks(string Content);

/// <summary>Every published calendar version.</summary>
/// <param name="Current">The current version's number (0: none yet).</param>
/// <param name="Versions">Every version, oldest first.</param>
internal sealed record CalendarVersionList(int Current, IReadOnlyList<CalendarVersionView> Versions);

/// <summary>The current working calendar.</summary>
/// <param name="Version">Its version.</param>
/// <param name="TimeZone">The time zone its days are in.</param>
/// <param name="YearsDeclared">The years it declares working days for.</param>
/// <param name="ProvisionalCases">How many cases wait on a deadline in a year it does not declare.</param>
internal sealed record CalendarCurrent(CalendarVersionView Version, string TimeZone, IReadOnlyList<int> YearsDeclared, int ProvisionalCases);

/// <summary>A draft calendar that is valid.</summary>
/// <param name="Valid">Always true (an invalid calendar is answered 422).</param>
/// <param name="ContentHash">The hash of its content.</param>
/// <param name="YearsDeclared">The years it declares.</param>
internal sealed record CalendarValidation(bool Valid, string ContentHash, IReadOnlyList<int> YearsDeclared);

/// <summary>A published calendar and the deadlines it settled.</summary>
/// <param name="Created">True when it made a new version (false: the content was already stored).</param>
/// <param name="Version">The version that holds it.</param>
/// <param name="Recomputed">The provisional deadlines it recomputed.</param>
/// <param name="StillProvisional">The cases still waiting on an undeclared year.</param>
internal sealed record CalendarPublished(bool Created, CalendarVersionView Version, IReadOnlyList<RecomputedDeadline> Recomputed, IReadOnlyList<ProvisionalCase> StillProvisional);

/// <summary>The cases whose deadline falls in a year the calendar does not declare yet.</summary>
/// <param name="CalendarVersion">The current calendar version, if any.</param>
/// <param name="Cases">The cases.</param>
internal sealed record ProvisionalCases(int? CalendarVersion, IReadOnlyList<ProvisionalCase> Cases);
