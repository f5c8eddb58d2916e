namespace CaseFlow.Contracts.Events;

/// <summary>A case was assigned to a lead office (and co-handlers).</summary>
public sealed record CaseAssigned
{
    /// <summary>The case the command is for (the correlation id).</summary>
    public Guid CaseId { get; init; }

    /// <summary>The platform id the case was dispatched to.</summary>
    public string Platform { get; init; } = "";

    /// <summary>Lead office id.</summary>
    public string LeadOffice { get; init; } = "";

    /// <summary>Co-handling office ids.</summary>
    public IReadOnlyList<string> CoHandlers { get; init; } = [];

    /// <summary>By when the lead office must sign for (签收) the case; null when unsupervised.</summary>
    public DateTimeOffset? SignForBy { get; init; }
}
