namespace CaseFlow.Contracts.County;

/// <summary>County → township: the county resolved an escalated case; the result goes to the command room and on to the reporter.</summary>
public sealed record CountyCaseResolved
{
    /// <summary>The township's case id.</summary>
    public Guid CaseId { get; init; }

    /// <summary>The county's handling result.</summary>
    public string Result { get; init; } = "";
}
