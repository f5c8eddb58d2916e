namespace CaseFlow.Contracts.County;

/// <summary>County → township: the county found the escalated case to be within the township's remit after all; it returns to township dispatch.</summary>
public sealed record CountyCaseSentBack
{
    /// <summary>The township's case id.</summary>
    public Guid CaseId { get; init; }

    /// <summary>Why the county sends it back.</summary>
    public string Reason { get; init; } = "";
}
