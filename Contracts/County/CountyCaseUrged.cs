namespace CaseFlow.Contracts.County;

/// <summary>County → township: the county issued an urging notice (督办) on an escalated case.</summary>
public sealed record CountyCaseUrged
{
    /// <summary>The township's case id.</summary>
    public Guid CaseId { get; init; }

    /// <summary>The notice.</summary>
    public string Note { get; init; } = "";
}
