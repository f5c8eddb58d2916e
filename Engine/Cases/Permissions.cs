using CaseFlow.Workflows;
using CaseFlow.Workflows.Compilation;

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
        if (by.Contains(Roles.System) && command.Payload.Timer is null)
        {
            return $"'{trigger}' is a supervision step CaseFlow's timer pump takes when its time comes; no caller may send it";
        }

        return by.Any(role => Admits(role, position, state, command.Payload, definition))
            ? null
            : $"'{trigger}' in {state.Position} may be sent only by {Describe(by, state, definition)}; {Who(command.Actor, position)} may not";
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
            Roles.System => position.Kind == ActorKinds.System,
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
