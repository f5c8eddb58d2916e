namespace CaseFlow.Host.Audit;

/// <summary>The period the disclosures are listed for when none is asked: the last 31 days, up to now (the API and the workbench).</summary>
internal static class DisclosurePeriod
{
    /// <summary>How many days back the list reaches by default.</summary>
    public const int DefaultDays = 31;

    /// <summary>The default period at <paramref name="now"/>: [now − 31 days, now + 1 s), so that a disclosure made this second is in it.</summary>
    public static (DateTimeOffset From, DateTimeOffset To) Default(DateTimeOffset now) => (now.AddDays(-DefaultDays), now.AddSeconds(1));
}
