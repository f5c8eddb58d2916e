using CaseFlow.Engine.Cases;
using CaseFlow.Workflows.Compilation;

namespace CaseFlow.Engine.Supervision;

/// <summary>
/// Who stands on each rung of the supervision policy's escalation ladder above the office: the case's platform coordinator, or the
/// leader whose role the rung names (the deputy secretary, the main leader). The one place a rung is given its leader.
/// </summary>
public static class EscalationLadder
{
    /// <summary>The leader at the <paramref name="rung"/>-th step above the office (1 for the first), for a case of this platform; null when none.</summary>
    public static string? LeaderAt(int rung, string? platform, CompiledDefinition definition)
    {
        ArgumentNullException.ThrowIfNull(definition);
        var steps = definition.Supervision?.Escalation ?? [];
        if (rung < 1 || rung > steps.Count)
        {
            return null;
        }

        return steps[rung - 1].Rung == Permissions.Roles.PlatformCoordinator
            ? definition.Platform(platform ?? "")?.Coordinator
            : definition.Definition.Organisation.Leaders.FirstOrDefault(l => l.Role == steps[rung - 1].Rung)?.Id;
    }

    /// <summary>The leaders an open case's escalation has reached in its current handling round, lowest rung first.</summary>
    public static IReadOnlyList<string> Reached(CaseState state, CompiledDefinition definition)
    {
        ArgumentNullException.ThrowIfNull(state);
        ArgumentNullException.ThrowIfNull(definition);
        if (state.IsFinal || state.Supervision is null)
        {
            return [];
        }

        return Enumerable.Range(1, state.Escalations)
            .Select(rung => LeaderAt(rung, state.Platform ?? definition.Category(state.Category)?.Platform, definition))
            .OfType<string>()
            .Distinct(StringComparer.Ordinal)
            .ToList();
    }
}
