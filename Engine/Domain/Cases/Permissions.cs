using CaseFlow.Workflows;
using CaseFlow.Workflows.Compilation;
using CaseFlow.Workflows.Model;

namespace CaseFlow.Engine.Cases;

/// <summary>
/// Who may act, as the definition declares it: each transition's <c>by</c> (and <c>submittedBy</c> for a new case) names roles,
/// and a role admits an actor relative to the case — this case's lead office, its platform's coordinator, its grid's member.
/// The one place the roles are given their meaning.
/// </summary>
public static class Permissions
{
    /// <summary>Why the actor may not submit a case with this payload, or null when it may.</summary>
    public static string? SubmissionRefusal(string actor, CasePayload payload, CompiledDefinition definition)
    {
        ArgumentNullException.ThrowIfNull(payload);
        ArgumentNullException.ThrowIfNull(definition);
        var by = definition.Definition.SubmittedBy;
        var position = Positions.Find(actor, definition);
        return by.Any(role => Admits(role, position, null, payload, definition))
            ? null
            : $"a case may be submitted only by {Describe(by)}; {Who(actor, position)} may not";
    }

    /// <summary>Why the actor may not fire a transition declared with these roles on this case, or null when it may.</summary>
    public static string? Refusal(IReadOnlyList<string> by, string trigger, CaseState state, CaseCommand command, CompiledDefinition definition)
    {
        ArgumentNullException.ThrowIfNull(by);
        ArgumentNullException.ThrowIfNull(state);
        ArgumentNullException.ThrowIfNull(command);
        ArgumentNullException.ThrowIfNull(definition);
        var position = Positions.Find(command.Actor, definition);
        if (by.Any(role => Admits(role, position, state, command.Payload, definition)))
        {
            return null;
        }

        return by.All(role => role == Roles.System)
            ? $"'{trigger}' is a supervision step only CaseFlow's timer pump takes, when the case's timer for it falls due; {Who(command.Actor, position)} may not send it"
            : $"'{trigger}' in {state.Position} may be sent only by {Describe(by, state, definition)}; {Who(command.Actor, position)} may not";
    }

    /// <summary>
    /// The actors who may send the trigger to the case now, as far as the definition names them (the command room, this case's lead
    /// office, its platform's coordinator …, every leader for <c>leader</c>, every intake system for <c>intakeSystem</c>): for a work
    /// list or a console offering only what its user may do. Empty when the trigger has no transition from the case's state.
    /// </summary>
    public static IReadOnlyList<string> WhoMay(CaseState state, string trigger, CompiledDefinition definition)
    {
        ArgumentNullException.ThrowIfNull(state);
        ArgumentNullException.ThrowIfNull(definition);
        var roles = Transitions(state, trigger, definition).SelectMany(t => t.By).Distinct();
        return roles.SelectMany(role => Holders(role, state, definition)).Distinct(StringComparer.Ordinal).ToList();
    }

    /// <summary>The transitions a trigger could take from the case's state, in its workflow or in the one running beside it.</summary>
    internal static IReadOnlyList<TransitionDefinition> Transitions(CaseState state, string trigger, CompiledDefinition definition)
    {
        var candidates = definition.Workflows.TryGetValue(state.Workflow, out var workflow) ? workflow.TransitionsFrom(state.State, trigger) : [];
        if (state.Supervision is { } supervision && definition.BesideOf(state.Workflow) is { } beside
            && beside.TransitionsFrom(supervision, trigger) is { Count: > 0 } besides)
        {
            return candidates.Count == 0 ? besides : [.. candidates, .. besides];
        }

        return candidates;
    }

    /// <summary>The roles that may send a trigger by any of the transitions it could take, each once.</summary>
    internal static IReadOnlyList<string> Senders(IReadOnlyList<TransitionDefinition> candidates) =>
        candidates is [{ } only] && EachOnce(only.By)
            ? only.By
            : candidates.SelectMany(t => t.By).Distinct().ToList();

    private static bool EachOnce(IReadOnlyList<string> roles)
    {
        for (var i = 1; i < roles.Count; i++)
        {
            for (var j = 0; j < i; j++)
            {
                if (string.Equals(roles[i], roles[j], StringComparison.Ordinal))
                {
                    return false;
                }
            }
        }

        return true;
    }

    private static IEnumerable<string> Holders(string role, CaseState state, CompiledDefinition definition)
    {
        var organisation = definition.Definition.Organisation;
        return role switch
        {
            Roles.CommandRoom => [organisation.CommandRoom.Id],
            Roles.Leader => organisation.Leaders.Select(l => l.Id),
            Roles.PlatformCoordinator => state.Platform is { } p && definition.Platform(p)?.Coordinator is { } c ? [c] : [],
            Roles.LeadOffice => state.LeadOffice is { } lead ? [lead] : [],
            Roles.CoHandler => state.CoHandlers.Select(c => c.Office),
            Roles.GridMember => GridMemberOf(state.Grid, definition) is { } member ? [member] : [],
            Roles.County => organisation.Systems.Where(s => s.Role == "county").Select(s => s.Id),
            Roles.IntakeSystem => organisation.Systems.Where(s => s.Role == "intake").Select(s => s.Id),
            Roles.Reporter => [Positions.Reporter],
            Roles.System => [Positions.TimerPump],
            _ => [],
        };
    }

    /// <summary>The roles, each with whom it means for this case where the case names them (e.g. "this case's lead office (police-station)").</summary>
    public static string Describe(IReadOnlyList<string> by, CaseState? state = null, CompiledDefinition? definition = null)
    {
        ArgumentNullException.ThrowIfNull(by);
        if (by.Count == 0)
        {
            return "nobody (the definition version declares no permission for it; an administrator can migrate the case to the current version)";
        }

        return string.Join(" or ", by.Select(role => Catalogue.Roles.TryGetValue(role, out var meaning)
            ? $"{role} — {meaning}{Holder(role, state, definition)}"
            : role));
    }

    private static string Holder(string role, CaseState? state, CompiledDefinition? definition)
    {
        if (state is null || definition is null)
        {
            return "";
        }

        var holder = role switch
        {
            Roles.PlatformCoordinator => state.Platform is { } platform ? definition.Platform(platform)?.Coordinator : null,
            Roles.LeadOffice => state.LeadOffice,
            Roles.CoHandler => state.CoHandlers.Count == 0 ? null : string.Join(", ", state.CoHandlers.Select(c => c.Office)),
            Roles.GridMember => GridMemberOf(state.Grid, definition),
            Roles.CommandRoom => definition.Definition.Organisation.CommandRoom.Id,
            _ => null,
        };
        return holder is null ? "" : $": {holder}";
    }

    private static string Who(string actor, Position? position) =>
        position is null ? $"'{actor}' (not a position of the organisation)" : $"'{actor}' ({position.Kind})";

    /// <summary>True when the role admits the position for this case (null for a case still being submitted).</summary>
    private static bool Admits(string role, Position? position, CaseState? state, CasePayload payload, CompiledDefinition definition)
    {
        if (position is null)
        {
            return false;
        }

        return role switch
        {
            Roles.CommandRoom => position.Kind == ActorKinds.CommandRoom,
            Roles.Leader => position.Kind == ActorKinds.Leader,
            Roles.PlatformCoordinator => position.Kind == ActorKinds.Leader
                && state?.Platform is { } platform && definition.Platform(platform)?.Coordinator == position.Id,
            Roles.LeadOffice => position.Kind == ActorKinds.Office && state?.LeadOffice == position.Id,
            Roles.CoHandler => position.Kind == ActorKinds.Office && state is not null && state.CoHandlers.Any(c => c.Office == position.Id),
            Roles.GridMember => position.Kind == ActorKinds.GridMember && GridMemberOf(state?.Grid ?? payload.Grid, definition) == position.Id,
            Roles.County => position.Kind == ActorKinds.County,
            Roles.IntakeSystem => position.Kind == ActorKinds.IntakeSystem,
            Roles.Reporter => position.Kind == ActorKinds.Reporter,
            // The timer pump alone, firing a timer it holds: nothing a caller sends carries one.
            Roles.System => position.Kind == ActorKinds.System && payload.Timer is not null,
            _ => false,
        };
    }

    private static string? GridMemberOf(string? grid, CompiledDefinition definition) =>
        grid is null ? null : definition.Definition.Organisation.Grids.FirstOrDefault(g => g.Id == grid)?.Member.Id;

    /// <summary>The role names of <see cref="Catalogue.Roles"/> the engine gives a meaning to.</summary>
    public static class Roles
    {
        /// <summary>The command room.</summary>
        public const string CommandRoom = "commandRoom";

        /// <summary>The leader coordinating this case's platform.</summary>
        public const string PlatformCoordinator = "platformCoordinator";

        /// <summary>Any township leader.</summary>
        public const string Leader = "leader";

        /// <summary>This case's lead office.</summary>
        public const string LeadOffice = "leadOffice";

        /// <summary>One of this case's co-handlers.</summary>
        public const string CoHandler = "coHandler";

        /// <summary>The member of this case's grid.</summary>
        public const string GridMember = "gridMember";

        /// <summary>The county 12345 system.</summary>
        public const string County = "county";

        /// <summary>A township intake system.</summary>
        public const string IntakeSystem = "intakeSystem";

        /// <summary>This case's reporter.</summary>
        public const string Reporter = "reporter";

        /// <summary>CaseFlow's timer pump.</summary>
        public const string System = "system";
    }
}
