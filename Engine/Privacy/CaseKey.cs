namespace CaseFlow.Engine.Privacy;

/// <summary>A case's data key as stored: wrapped by a master key, or destroyed by an erasure (then <see cref="Wrapped"/> is null).</summary>
/// <param name="CaseId">The case.</param>
/// <param name="MasterKeyId">The master key that wrapped it.</param>
/// <param name="Wrapped">The wrapped key; null once erased.</param>
/// <param name="CreatedAt">When it was made.</param>
public sealed record CaseKey(Guid CaseId, string MasterKeyId, byte[]? Wrapped, DateTimeOffset CreatedAt)
{
    /// <summary>The erasure that destroyed it, if one did.</summary>
    public Erasure? Erasure { get; init; }
}

/// <summary>The destruction of a case's data key: its personal data reads as erased from then on, in every copy.</summary>
public sealed record Erasure
{
    /// <summary>The longest reason accepted.</summary>
    public const int MaximumReasonLength = 500;

    /// <summary>The case.</summary>
    public required Guid CaseId { get; init; }

    /// <summary>When.</summary>
    public required DateTimeOffset At { get; init; }

    /// <summary>Who erased it (the authenticated identity, or the verb's operator).</summary>
    public required string By { get; init; }

    /// <summary>Why: the lawful request or the retention rule.</summary>
    public required string Reason { get; init; }
}
