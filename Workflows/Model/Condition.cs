using System.Text.Json;

namespace CaseFlow.Workflows.Model;

/// <summary>
/// A declarative guard: either a comparison (Field, Op, Value) or a combination (All, Any, Not).
/// Exactly one form is used per node.
/// </summary>
public sealed record Condition
{
    /// <summary>The case field compared, from the catalogue in <see cref="Catalogue.Fields"/>.</summary>
    public string? Field { get; init; }

    /// <summary>Comparison operator: eq, ne, gt, ge, lt, le or in.</summary>
    public string? Op { get; init; }

    /// <summary>The value compared against (an array for <c>in</c>).</summary>
    public JsonElement? Value { get; init; }

    /// <summary>Holds when every one of these holds.</summary>
    public IReadOnlyList<Condition>? All { get; init; }

    /// <summary>Holds when any one of these holds.</summary>
    public IReadOnlyList<Condition>? Any { get; init; }

    /// <summary>Holds when this does not.</summary>
    public Condition? Not { get; init; }
}
