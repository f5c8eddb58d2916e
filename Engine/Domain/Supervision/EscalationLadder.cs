using CaseFlow.Engine.Cases;
using CaseFlow.Workflows.Compilation;

namespace CaseFlow.Engine.Supervision;

/// <summary>
/// The supervision policy's escalation ladder above the office, read from <c>supervision.escalation</c>: rung <c>i</c> is the case's
/// <c>i</c>-th escalation, and stands for the case's platform coordinator or the leader whose role the rung names. The one place a
/// rung is given its leader: the notices, the assessment and the workbench all ask here.
/// </summary>
public static class EscalationLadder
{
    /// <summary>How many rungs the policy declares above the office (0 when the definition supervises nothing).</summary>
    public static int Height(CompiledDefinition definition)
    {
        ArgumentNullException.ThrowIfNull(definition);
        return definition.Supervision?.Escalation.Count ?? 0;
    }

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

    /// <summary>The platform whose coordinator stands on the ladder for a case: its own once dispatched, else its category's.</summary>
    public static string? PlatformOf(string? platform, string category, CompiledDefinition definition)
    {
        ArgumentNullException.ThrowIfNull(definition);
        return platform ?? definition.Category(category)?.Platform;
    }

    /// <summary>
    /// Who the <paramref name="escalations"/>-th escalation of a handling round, or of an assignment not signed for, reaches: the
    /// leader on that rung (both climb the one ladder).
    /// </summary>
    public static string? Escalated(int escalations, string? platform, CompiledDefinition definition) => LeaderAt(escalations, platform, definition);

    /// <summary>
    /// Who the <paramref name="urgings"/>-th urging of a silent county reaches in the township: one rung per urging, the top rung
    /// once the ladder is climbed.
    /// </summary>
    public static string? CountySilence(int urgings, string? platform, CompiledDefinition definition) =>
        Height(definition) == 0 ? null : LeaderAt(Math.Clamp(urgings, 1, Height(definition)), platform, definition);

    /// <summary>
    /// The leaders an open case's escalation has reached in its current handling round, or by its assignment still waiting to be
    /// signed for, lowest rung first.
    /// </summary>
    public static IReadOnlyList<string> Reached(CaseState state, CompiledDefinition definition)
    {
        ArgumentNullException.ThrowIfNull(state);
        ArgumentNullException.ThrowIfNull(definition);
        if (state.IsFinal || (state.Supervision is null && state.SignForDeadline is null))
        {
            return [];
        }

        var platform = PlatformOf(state.Platform, state.Category, definition);
        return Enumerable.Range(1, state.Escalations)
            .Select(rung => Escalated(rung, platform, definition))
            .OfType<string>()
            .Distinct(StringComparer.Ordinal)
            .ToList();
    }
}
