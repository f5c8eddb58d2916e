using CaseFlow.Workflows.Model;
using CaseFlow.Workflows.Validation;

namespace CaseFlow.Workflows.Loading;

/// <summary>The outcome of loading a definition: the definition when it is valid, otherwise every error found.</summary>
public sealed record DefinitionLoadResult
{
    /// <summary>The loaded definition; null when the text could not be read at all.</summary>
    public TownshipDefinition? Definition { get; init; }

    /// <summary>Every error found; empty when the definition is valid.</summary>
    public IReadOnlyList<DefinitionError> Errors { get; init; } = [];

    /// <summary>SHA-256 of the definition text (lower-case hex), identifying this exact content.</summary>
    public string ContentHash { get; init; } = "";

    /// <summary>True when the definition loaded with no errors.</summary>
    public bool IsValid => Definition is not null && Errors.Count == 0;
}
