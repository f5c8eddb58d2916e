using CaseFlow.Engine.Cases;
using CaseFlow.Workflows.Compilation;

namespace CaseFlow.Engine.Migration;

/// <summary>
/// The pure decision of a migration: whether a running case can move to the target version, and the one event that records it.
/// History is never re-run: the case keeps what it did and only its position, supervision state and pinned version change.
/// </summary>
public static class MigrationDecider
{
    /// <summary>What is wrong with a state mapping: keys must name states of the source, values states of the target where a case can wait.</summary>
    public static IReadOnlyList<FieldProblem> CheckMapping(MigrationRoute route)
    {
        ArgumentNullException.ThrowIfNull(route);
        var problems = new List<FieldProblem>();
        foreach (var (from, to) in route.StateMapping)
        {
            var field = $"stateMapping.{from}";
            var source = Resolve(route.Source, from);
            if (source.Problem is { } unknown)
            {
                problems.Add(new(field, $"'{from}' is not a state of version {route.FromVersion}: {unknown}"));
                continue;
            }

            var target = Resolve(route.Target, to);
            if (target.Problem is { } missing)
            {
                problems.Add(new(field, $"'{to}' is not a state of version {route.ToVersion}: {missing}"));
                continue;
            }

            var besideFrom = source.Workflow!.Definition.RunsBeside is not null;
            var besideTo = target.Workflow!.Definition.RunsBeside is not null;
            if (besideFrom != besideTo)
            {
                problems.Add(new(field, besideFrom
                    ? $"'{from}' is a supervision state; map it to a state of the workflow that runs beside '{source.Workflow.Definition.RunsBeside}' in version {route.ToVersion}"
                    : $"'{to}' is a supervision state; map '{from}' to a state of a workflow that cases are in"));
            }
            else if (!besideTo && WhyNotRest(target.Workflow, target.State!) is { } why)
            {
                problems.Add(new(field, why));
            }
        }

        return problems;
    }

    /// <summary>Decides one case's move: the migration event, or a rejection giving every reason it cannot move.</summary>
    public static Decision Decide(CaseState state, MigrationRoute route, string actor, string? reason, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(state);
        ArgumentNullException.ThrowIfNull(route);
        if (state.IsFinal)
        {
            return Decision.Reject($"the case has ended ({state.Position}); it keeps version {state.DefinitionVersion}");
        }

        if (state.DefinitionVersion != route.FromVersion)
        {
            return Decision.Reject($"the case is on version {state.DefinitionVersion}, not {route.FromVersion}");
        }

        var target = route.Target;
        var reasons = new List<string>();
        if (target.Category(state.Category) is null)
        {
            reasons.Add($"its category '{state.Category}' is not in version {route.ToVersion}");
        }

        if (state.Platform is { } platform && target.Platform(platform) is null)
        {
            reasons.Add($"the platform it is dispatched to, '{platform}', is not in version {route.ToVersion}");
        }

        foreach (var office in new[] { state.LeadOffice }.Concat(state.CoHandlers.Select(c => c.Office)).OfType<string>())
        {
            if (target.Office(office) is null)
            {
                reasons.Add($"the office handling it, '{office}', is not in version {route.ToVersion}");
            }
        }

        var mapping = new Dictionary<string, string>(StringComparer.Ordinal);
        var position = MapPosition(state, route, reasons);
        string? supervision = null;
        if (position is not null)
        {
            mapping[state.Position] = position.Value.Position;
            supervision = MapSupervision(state, route, position.Value.Workflow, mapping, reasons);
        }

        if (reasons.Count > 0)
        {
            return Decision.Reject($"it cannot move to version {route.ToVersion}: {string.Join("; ", reasons)}");
        }

        return Decision.Accept(new CaseEvent
        {
            CaseId = state.Id,
            Sequence = state.Version + 1,
            Trigger = Triggers.Migrate,
            From = state.Position,
            Reached = position!.Value.Position,
            To = position.Value.Position,
            Supervision = supervision,
            // An administrator acts in no position of the organisation: the authenticated identity is both who and as what.
            Actor = actor,
            Identity = actor,
            ActorKind = ActorKinds.Administrator,
            At = now,
            DefinitionVersion = route.ToVersion,
            Payload = new CasePayload { FromVersion = route.FromVersion, ToVersion = route.ToVersion, StateMapping = mapping, Reason = reason },
        });
    }

    private static (CompiledWorkflow Workflow, string Position)? MapPosition(CaseState state, MigrationRoute route, List<string> reasons)
    {
        var mapped = route.StateMapping.GetValueOrDefault(state.Position);
        var wanted = mapped ?? state.Position;
        var resolved = Resolve(route.Target, wanted);
        if (resolved.Problem is { } problem)
        {
            reasons.Add(mapped is null
                ? $"its state '{state.Position}' is not in version {route.ToVersion} ({problem}); map it, e.g. \"{state.Position}\": \"{state.Workflow}.<state>\""
                : $"the mapping sends '{state.Position}' to '{mapped}', which is not in version {route.ToVersion} ({problem})");
            return null;
        }

        if (resolved.Workflow!.Definition.RunsBeside is not null)
        {
            reasons.Add($"'{wanted}' is a supervision state, not a place a case can be in");
            return null;
        }

        if (WhyNotRest(resolved.Workflow, resolved.State!) is { } why)
        {
            reasons.Add(why);
            return null;
        }

        return (resolved.Workflow, wanted);
    }

    /// <summary>Supervision carries on under the target's supervising workflow, starts at its initial state if the case was not supervised, or ends if there is none.</summary>
    private static string? MapSupervision(CaseState state, MigrationRoute route, CompiledWorkflow workflow, Dictionary<string, string> mapping, List<string> reasons)
    {
        if (route.Target.BesideOf(workflow.Id) is not { } beside)
        {
            return null;
        }

        if (state.Supervision is null)
        {
            return beside.Definition.Initial;
        }

        var key = $"{route.Source.BesideOf(state.Workflow)?.Id ?? beside.Id}.{state.Supervision}";
        var mapped = route.StateMapping.GetValueOrDefault(key);
        var wanted = mapped ?? $"{beside.Id}.{state.Supervision}";
        var resolved = Resolve(route.Target, wanted);
        if (resolved.Problem is not null || resolved.Workflow!.Id != beside.Id)
        {
            reasons.Add($"its supervision state '{key}' is not in '{beside.Id}' of version {route.ToVersion}; map it, e.g. \"{key}\": \"{beside.Id}.<state>\"");
            return null;
        }

        mapping[key] = wanted;
        return resolved.State!.Id;
    }

    private static string? WhyNotRest(CompiledWorkflow workflow, Workflows.Model.StateDefinition state)
    {
        if (state.Final)
        {
            return $"'{workflow.Id}.{state.Id}' is a final state: a migration moves running cases, it does not end them";
        }

        return state.ContinuesIn is { } next
            ? $"'{workflow.Id}.{state.Id}' hands cases on to '{next.Workflow}' at once; map to the state where the case should wait"
            : null;
    }

    private static (CompiledWorkflow? Workflow, Workflows.Model.StateDefinition? State, string? Problem) Resolve(CompiledDefinition definition, string position)
    {
        var dot = position.IndexOf('.', StringComparison.Ordinal);
        if (dot <= 0 || dot == position.Length - 1)
        {
            return (null, null, "write it as workflow.state, e.g. handle.Accepted");
        }

        var (workflowId, stateId) = (position[..dot], position[(dot + 1)..]);
        if (!definition.Workflows.TryGetValue(workflowId, out var workflow))
        {
            return (null, null, $"there is no workflow '{workflowId}'; workflows are {string.Join(", ", definition.Workflows.Keys)}");
        }

        var state = workflow.Definition.States.FirstOrDefault(s => s.Id == stateId);
        return state is null
            ? (workflow, null, $"workflow '{workflowId}' has no state '{stateId}'; its states are {string.Join(", ", workflow.Definition.States.Select(s => s.Id))}")
            : (workflow, state, null);
    }
}
