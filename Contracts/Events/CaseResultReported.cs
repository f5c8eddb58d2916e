namespace CaseFlow.Contracts.Events;

/// <summary>The handling result reached the command room.</summary>
public sealed record CaseResultReported
{
    /// <summary>The case the command is for (the correlation id).</summary>
    public Guid CaseId { get; init; }

    /// <summary>The result.</summary>
    public string Result { get; init; } = "";

    /// <summary>Office or county.</summary>
    public string ReportedBy { get; init; } = "";
}
