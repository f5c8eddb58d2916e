namespace CaseFlow.Contracts.County;

/// <summary>County → township: the county 12345 system hands a case down to the township; it is received like any case, by channel county12345.</summary>
public sealed record CaseHandedDown
{
    /// <summary>The county's case number; handing the same number down again is the same case.</summary>
    public string CountyCaseNumber { get; init; } = "";

    /// <summary>Category id from the township's workflows.json.</summary>
    public string Category { get; init; } = "";

    /// <summary>A one-line summary.</summary>
    public string Title { get; init; } = "";

    /// <summary>What the reporter told the county.</summary>
    public string Description { get; init; } = "";

    /// <summary>Who called the county (the person to feed back to).</summary>
    public string ReporterName { get; init; } = "";

    /// <summary>Reporter phone (personal data).</summary>
    public string? ReporterPhone { get; init; }

    /// <summary>Where the problem is.</summary>
    public string? Location { get; init; }

    /// <summary>When the county expects the result, if it set a deadline.</summary>
    public DateTimeOffset? Deadline { get; init; }
}
