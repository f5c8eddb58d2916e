namespace CaseFlow.Contracts.County;

/// <summary>Township → county: a case outside the township's remit, escalated to the county 12345 system.</summary>
public sealed record CaseEscalatedToCounty
{
    /// <summary>The township's case id; every county message about the case carries it back.</summary>
    public Guid CaseId { get; init; }

    /// <summary>Category id.</summary>
    public string Category { get; init; } = "";

    /// <summary>Summary.</summary>
    public string Title { get; init; } = "";

    /// <summary>What was reported.</summary>
    public string Description { get; init; } = "";

    /// <summary>Where.</summary>
    public string? Location { get; init; }

    /// <summary>Why it is out of the township's scope.</summary>
    public string Reason { get; init; } = "";

    /// <summary>Reporter name.</summary>
    public string ReporterName { get; init; } = "";

    /// <summary>Reporter phone, for the county to call back.</summary>
    public string? ReporterPhone { get; init; }

    /// <summary>normal or urgent.</summary>
    public string Priority { get; init; } = "normal";

    /// <summary>When.</summary>
    public DateTimeOffset EscalatedAt { get; init; }
}
