namespace CaseFlow.Contracts.County;

/// <summary>County → township: a progress notice on an escalated case.</summary>
public sealed record CountyProgressReported
{
    /// <summary>The township's case id.</summary>
    public Guid CaseId { get; init; }

    /// <summary>What has been done so far.</summary>
    public string Note { get; init; } = "";
}
