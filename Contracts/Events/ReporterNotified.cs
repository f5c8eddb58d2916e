namespace CaseFlow.Contracts.Events;

/// <summary>A message to the person who raised the case.</summary>
public sealed record ReporterNotified
{
    /// <summary>The case the command is for (the correlation id).</summary>
    public Guid CaseId { get; init; }

    /// <summary>Reporter name.</summary>
    public string Reporter { get; init; } = "";

    /// <summary>Where to reach them.</summary>
    public string? Phone { get; init; }

    /// <summary>What they are told.</summary>
    public string Message { get; init; } = "";
}
