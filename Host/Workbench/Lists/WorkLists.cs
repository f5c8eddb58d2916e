using CaseFlow.Engine.Cases;
using CaseFlow.Engine.Supervision;
using CaseFlow.Workflows.Compilation;

namespace CaseFlow.Host.Workbench.Lists;

/// <summary>
/// Which of a position's work lists a case is on, derived from the definition alone. To do: every trigger the case would accept now
/// (<see cref="CaseDecider.PermittedTriggers"/>) that the definition lets the position send (<see cref="Permissions.WhoMay"/>), each
/// with the state it is sent from — the command room's queues, a coordinator's cases to assign, an office's cases to sign for are all
/// such lists, named by the definition's trigger and state. Beside them, for the cases in the position's charge: due soon and overdue
/// (<see cref="CaseDeadline"/>), in hand, and for a leader the escalations that reached them (<see cref="EscalationLadder"/>).
/// Pure: a case, a position, a definition and an instant in; lists out.
/// </summary>
public static class WorkLists
{
    /// <summary>True for a position a person works lists in: the command room, an office, a leader, a grid member (not systems).</summary>
    public static bool Works(Position position)
    {
        ArgumentNullException.ThrowIfNull(position);
        return position.Kind is ActorKinds.CommandRoom or ActorKinds.Office or ActorKinds.Leader or ActorKinds.GridMember;
    }

    /// <summary>The lists the case is on for the position at <paramref name="now"/>.</summary>
    public static IReadOnlyList<WorkList> Of(CaseState state, Position position, CompiledDefinition definition, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(state);
        ArgumentNullException.ThrowIfNull(definition);
        var lists = new List<WorkList>();
        if (!Works(position))
        {
            return lists;
        }

        // An ended case takes only what its final state records after the end (the callback, 回访): it is to do until one reached the reporter.
        if (!state.IsFinal || state.CalledBackAt is null)
        {
            lists.AddRange(CaseDecider.PermittedTriggers(state, definition)
                .Where(trigger => Permissions.WhoMay(state, trigger, definition).Contains(position.Id, StringComparer.Ordinal))
                .Select(trigger => WorkList.ToDo(trigger, From(state, trigger, definition))));
        }

        if (state.IsFinal || !InCharge(state, position, definition))
        {
            return lists;
        }

        lists.Add(WorkList.InHand);
        if (CaseDeadline.Of(state, definition, now) is { } deadline)
        {
            if (deadline.IsOverdue)
            {
                lists.Add(WorkList.Overdue);
            }
            else if (deadline.IsDueSoon)
            {
                lists.Add(WorkList.DueSoon);
            }
        }

        if (position.Kind == ActorKinds.Leader && EscalationLadder.Reached(state, definition).Contains(position.Id, StringComparer.Ordinal))
        {
            lists.Add(WorkList.Escalated);
        }

        return lists;
    }

    /// <summary>
    /// True when the case is in the position's charge: every case for the command room; for an office, the cases it leads (主办) or
    /// co-handles (协办); for a leader, the cases of the platforms they coordinate and those escalated to them (every case for a
    /// leader who coordinates no platform, as the main leader); for a grid member, its grid's cases.
    /// </summary>
    public static bool InCharge(CaseState state, Position position, CompiledDefinition definition)
    {
        ArgumentNullException.ThrowIfNull(state);
        ArgumentNullException.ThrowIfNull(position);
        ArgumentNullException.ThrowIfNull(definition);
        var organisation = definition.Definition.Organisation;
        return position.Kind switch
        {
            ActorKinds.CommandRoom => true,
            ActorKinds.Office => state.LeadOffice == position.Id || state.CoHandlers.Any(c => c.Office == position.Id),
            ActorKinds.Leader => organisation.Platforms.All(p => p.Coordinator != position.Id)
                || (state.Platform is { } platform && definition.Platform(platform)?.Coordinator == position.Id)
                || EscalationLadder.Reached(state, definition).Contains(position.Id, StringComparer.Ordinal),
            ActorKinds.GridMember => state.Grid is { } grid && organisation.Grids.Any(g => g.Id == grid && g.Member.Id == position.Id),
            _ => false,
        };
    }

    /// <summary>
    /// The order lists are shown in: to do first, in the order the definition declares workflows, their states and their transitions;
    /// then due soon, overdue, escalated and in hand.
    /// </summary>
    public static int Rank(WorkList list, CompiledDefinition definition)
    {
        ArgumentNullException.ThrowIfNull(list);
        ArgumentNullException.ThrowIfNull(definition);
        if (list.Kind != WorkListKind.ToDo)
        {
            return 1_000_000 + (int)list.Kind;
        }

        var rank = 0;
        foreach (var workflow in definition.Definition.Workflows)
        {
            foreach (var state in workflow.States)
            {
                foreach (var trigger in workflow.Transitions.Where(t => t.From == state.Id).Select(t => t.Trigger).Distinct())
                {
                    if (list.State == $"{workflow.Id}.{state.Id}" && list.Trigger == trigger)
                    {
                        return rank;
                    }

                    rank++;
                }
            }
        }

        return rank;
    }

    /// <summary>True when the definition declares the to-do list: a transition on its trigger from its state (other lists always exist).</summary>
    public static bool Declares(WorkList list, CompiledDefinition definition)
    {
        ArgumentNullException.ThrowIfNull(list);
        ArgumentNullException.ThrowIfNull(definition);
        return list.Kind != WorkListKind.ToDo
            || definition.Definition.Workflows.Any(w => w.Transitions.Any(t => list.State == $"{w.Id}.{t.From}" && list.Trigger == t.Trigger));
    }

    /// <summary>The position the trigger is sent from: the case's state, or its supervision state for a trigger of the workflow beside it.</summary>
    private static string From(CaseState state, string trigger, CompiledDefinition definition) =>
        !definition.Workflows[state.Workflow].Declares(trigger) && state.Supervision is { } supervision && definition.BesideOf(state.Workflow) is { } beside
            ? $"{beside.Id}.{supervision}"
            : state.Position;
}
