namespace CaseFlow.Contracts.County;

/// <summary>County → township: the county assigned the escalated case to one of its departments.</summary>
public sealed record CountyCaseAssigned
{
    /// <summary>The township's case id.</summary>
    public Guid CaseId { get; init; }

    /// <summary>The county department now handling it.</summary>
    public string Department { get; init; } = "";
}
