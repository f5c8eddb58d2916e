namespace CaseFlow.Host.Privacy;

/// <summary>The body of an erasure: why the case's personal data is destroyed (a lawful request, the end of its retention period).</summary>
public sealed record ErasureRequest
{
    /// <summary>Why; recorded with the erasure (1 to 500 characters).</summary>
    public string? Reason { get; init; }
}
