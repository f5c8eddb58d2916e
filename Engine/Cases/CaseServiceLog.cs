using Microsoft.Extensions.Logging;

namespace CaseFlow.Engine.Cases;

/// <summary>The case service's log lines.</summary>
internal static partial class CaseServiceLog
{
    [LoggerMessage(Level = LogLevel.Information, Message = "Case {CaseId} received: {Category} via {Channel}")]
    public static partial void Received(ILogger logger, Guid caseId, string category, string channel);

    [LoggerMessage(Level = LogLevel.Information, Message = "Case {CaseId}: {Trigger} by {Actor}: {From} -> {To}")]
    public static partial void Applied(ILogger logger, Guid caseId, string trigger, string actor, string from, string to);

    [LoggerMessage(Level = LogLevel.Debug, Message = "Case {CaseId}: concurrent update, deciding {Trigger} again (attempt {Attempt})")]
    public static partial void Retrying(ILogger logger, Guid caseId, string trigger, int attempt);

    [LoggerMessage(Level = LogLevel.Information, Message = "Case {CaseId}: timer {Kind} due {DueAt:O} dropped: {Reason}")]
    public static partial void TimerDropped(ILogger logger, Guid caseId, string kind, DateTimeOffset dueAt, string? reason);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Case {CaseId}: its deadline {Deadline:O} is provisional: calendar version {CalendarVersion} declares no holidays for {Years}. Publish the year's holiday arrangement (POST /admin/calendar/publish) and the deadline is recomputed; GET /admin/calendar/provisional lists every case waiting on one")]
    public static partial void ProvisionalDeadline(ILogger logger, Guid caseId, DateTimeOffset deadline, string years, int calendarVersion);

    [LoggerMessage(Level = LogLevel.Information, Message = "Case {CaseId}: {Trigger} by {Actor} rejected: {Reason}")]
    public static partial void Rejected(ILogger logger, Guid caseId, string trigger, string actor, string? reason);
}
