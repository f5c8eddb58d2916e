using CaseFlow.Engine.Cases;
using CaseFlow.Workflows.Compilation;

namespace CaseFlow.Host.Workbench.Lists;

/// <summary>
/// The size of every work list of some positions, counted case by case (<see cref="WorkLists.Of"/>). Each position that works lists has
/// its due-soon, overdue and in-hand lists (a leader also escalations) even when empty; a to-do list appears once a case is on it.
/// </summary>
public sealed class WorkListTally
{
    private readonly CompiledDefinition _definition;
    private readonly DateTimeOffset _now;
    private readonly Dictionary<Position, Dictionary<WorkList, int>> _counts = [];

    /// <summary>Starts the counts for the positions (those that work no lists are left out).</summary>
    public WorkListTally(IEnumerable<Position> positions, CompiledDefinition definition, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(positions);
        _definition = definition ?? throw new ArgumentNullException(nameof(definition));
        _now = now;
        foreach (var position in positions.Where(WorkLists.Works))
        {
            var always = position.Kind == ActorKinds.Leader
                ? new[] { WorkList.DueSoon, WorkList.Overdue, WorkList.Escalated, WorkList.InHand }
                : [WorkList.DueSoon, WorkList.Overdue, WorkList.InHand];
            _counts[position] = always.ToDictionary(l => l, _ => 0);
        }
    }

    /// <summary>Counts one case on every list it is on.</summary>
    public void Add(CaseState state)
    {
        foreach (var (position, counts) in _counts)
        {
            foreach (var list in WorkLists.Of(state, position, _definition, _now))
            {
                counts[list] = counts.GetValueOrDefault(list) + 1;
            }
        }
    }

    /// <summary>The positions counted, each with its lists in the order <see cref="WorkLists.Rank"/> gives and their sizes.</summary>
    public IReadOnlyList<(Position Position, IReadOnlyList<(WorkList List, int Count)> Lists)> Result() =>
        _counts.Select(p => (p.Key, (IReadOnlyList<(WorkList, int)>)p.Value
                .OrderBy(l => WorkLists.Rank(l.Key, _definition))
                .Select(l => (l.Key, l.Value))
                .ToList()))
            .ToList();
}
