namespace CaseFlow.Contracts.Events;

/// <summary>A case was dispatched to a platform; its coordinating leader routes it on.</summary>
public sealed record CaseDispatched
{
    /// <summary>The case the command is for (the correlation id).</summary>
    public Guid CaseId { get; init; }

    /// <summary>The platform id the case was dispatched to.</summary>
    public string Platform { get; init; } = "";

    /// <summary>Leader id who coordinates the platform.</summary>
    public string Coordinator { get; init; } = "";

    /// <summary>The case's category id.</summary>
    public string Category { get; init; } = "";
}
