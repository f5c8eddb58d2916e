namespace CaseFlow.Engine.Migration;

/// <summary>An administrator's request to move the running cases of one definition version to another.</summary>
public sealed record MigrationRequest
{
    /// <summary>The version whose running cases move.</summary>
    public required int FromVersion { get; init; }

    /// <summary>The version they move to.</summary>
    public required int ToVersion { get; init; }

    /// <summary>Old <c>workflow.state</c> to new, for states the target version renamed or dropped; may be empty.</summary>
    public IReadOnlyDictionary<string, string> StateMapping { get; init; } = new Dictionary<string, string>();

    /// <summary>The administrator, recorded as the actor of every case's migration event.</summary>
    public required string Actor { get; init; }

    /// <summary>Why, recorded with every case's migration event.</summary>
    public string? Reason { get; init; }
}
