using CaseFlow.Engine.Definitions;
using CaseFlow.Engine.History;

namespace CaseFlow.Engine.Cases;

/// <summary>
/// Reads a command name as a caller wrote it (in a URL: <c>SignFor</c>, <c>signfor</c> and <c>sign-for</c> alike) against the
/// triggers of the definition version the case is pinned to — a newer version may have renamed or dropped one the case still
/// uses; a case not yet stored is read against the current version.
/// </summary>
public sealed class TriggerNames(IEventStore store, DefinitionRegistry definitions)
{
    /// <summary>The trigger <paramref name="written"/> names on the case, or the refusal saying which commands there are.</summary>
    public async Task<TriggerName> ResolveAsync(Guid caseId, string written, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(written);
        var pinned = await store.ReadSnapshotAsync(caseId, cancellationToken) is { } snapshot
            ? await definitions.GetAsync(snapshot.DefinitionVersion, cancellationToken)
            : definitions.Current;
        var known = pinned.Definition.Workflows.SelectMany(w => w.Triggers).Distinct().ToList();
        var wanted = written.Replace("-", "", StringComparison.Ordinal).Replace("_", "", StringComparison.Ordinal);
        var name = known.FirstOrDefault(t => string.Equals(t, wanted, StringComparison.OrdinalIgnoreCase));
        return name is null
            ? new TriggerName(null, $"'{written}' is not a command; commands are: {Vocabulary.List(known)}")
            : new TriggerName(name, null);
    }
}

/// <summary>A command name read against a case's definition: the trigger it names, or why it names none.</summary>
/// <param name="Name">The trigger as the definition spells it; null when the name is not a command of the case.</param>
/// <param name="Refusal">Why not, listing the commands there are; null when <paramref name="Name"/> is set.</param>
public sealed record TriggerName(string? Name, string? Refusal);
