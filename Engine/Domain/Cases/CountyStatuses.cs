namespace CaseFlow.Engine.Cases;

/// <summary>Where a case stands with the county 12345 system (<see cref="CaseState.CountyStatus"/>).</summary>
public static class CountyStatuses
{
    /// <summary>Escalated to the county; not yet accepted.</summary>
    public const string Escalated = "escalated";

    /// <summary>The county accepted it under its case number and deadline.</summary>
    public const string Accepted = "accepted";

    /// <summary>The county assigned it to one of its departments.</summary>
    public const string Assigned = "assigned";

    /// <summary>The county resolved it; the result is with the command room.</summary>
    public const string Resolved = "resolved";

    /// <summary>The county sent it back as within the township's remit.</summary>
    public const string SentBack = "sentBack";

    /// <summary>The county handed it down to the township, which owes the county its result.</summary>
    public const string HandedDown = "handedDown";

    /// <summary>Every status, for checking a value given from outside.</summary>
    public static IReadOnlySet<string> All { get; } = new HashSet<string>(StringComparer.Ordinal)
    {
        Escalated, Accepted, Assigned, Resolved, SentBack, HandedDown,
    };
}
