namespace CaseFlow.Contracts.County;

/// <summary>County → township: the county 12345 system accepted an escalated case under its own case number and deadline.</summary>
public sealed record CountyCaseAccepted
{
    /// <summary>The township's case id, from <see cref="CaseEscalatedToCounty"/>.</summary>
    public Guid CaseId { get; init; }

    /// <summary>The county's case number.</summary>
    public string CountyCaseNumber { get; init; } = "";

    /// <summary>When the county undertakes to resolve it.</summary>
    public DateTimeOffset Deadline { get; init; }
}
