using System.Globalization;
using CaseFlow.Workflows.Calendar;

namespace CaseFlow.Host.Workbench.Audit;

/// <summary>How the auditors' pages write instants and hashes.</summary>
public static class AuditFormat
{
    /// <summary>An instant in the township's time zone, to the second, with its offset: 2026-11-27 10:00:05 +08:00.</summary>
    public static string Instant(DateTimeOffset instant, WorkingCalendar? calendar) =>
        TimeZoneInfo.ConvertTime(instant, calendar?.TimeZone ?? TimeZoneInfo.Utc).ToString("yyyy-MM-dd HH:mm:ss zzz", CultureInfo.InvariantCulture);

    /// <summary>The first 16 hex digits of a hash: enough to tell two apart at a glance (the whole one is in the title).</summary>
    public static string Abbreviated(string hash) => hash.Length > 16 ? hash[..16] + "…" : hash;
}
