namespace CaseFlow.Contracts.County;

/// <summary>Township → county: a case outside the township's remit, escalated to the county 12345 system.</summary>
public sealed record CaseEscalatedToCounty
{
    /// <summary>The township's case id; every county message about the case carries it back.</summary>
    public Guid CaseId { get; init; }

    /// <summary>
    /// The township's case number (工单编号) people quote, e.g. YHWX-20261201-0007, for the county's staff to quote back to the township;
    /// absent for a case received before numbers were given. <see cref="CaseId"/> stays the key every message is matched on.
    /// </summary>
    public string? CaseNumber { get; init; }

    /// <summary>The case's category id, as the township's definition declares it.</summary>
    public string Category { get; init; } = "";

    /// <summary>A one-line summary.</summary>
    public string Title { get; init; } = "";

    /// <summary>What was reported.</summary>
    public string Description { get; init; } = "";

    /// <summary>Where the problem is.</summary>
    public string? Location { get; init; }

    /// <summary>Why it is out of the township's scope.</summary>
    public string Reason { get; init; } = "";

    /// <summary>Who raised it (the person to feed back to).</summary>
    public string ReporterName { get; init; } = "";

    /// <summary>Reporter phone, for the county to call back.</summary>
    public string? ReporterPhone { get; init; }

    /// <summary>How urgent the case is, as the township received it.</summary>
    public string Priority { get; init; } = "normal";

    /// <summary>When the township escalated it.</summary>
    public DateTimeOffset EscalatedAt { get; init; }
}
