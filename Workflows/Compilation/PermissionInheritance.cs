using CaseFlow.Workflows.Model;

namespace CaseFlow.Workflows.Compilation;

/// <summary>
/// Gives a version published before permissions were declared the ones the current version declares, so a case pinned to it
/// is never left with steps anyone may take: a transition takes the roles of the same step today, matched as closely as it can be.
/// </summary>
internal static class PermissionInheritance
{
    /// <summary>
    /// <paramref name="stored"/> with every empty <c>by</c> taken from <paramref name="current"/>: the same (workflow, from, trigger, to),
    /// else every transition of the trigger in the same workflow, else of the trigger in any workflow (roles of several transitions
    /// together, in the order the current version names them), else left empty — nobody may fire it. An empty <c>submittedBy</c> and
    /// empty systems are the current version's. Returns <paramref name="stored"/> itself when nothing is missing.
    /// </summary>
    public static TownshipDefinition Inherit(TownshipDefinition stored, TownshipDefinition current)
    {
        var complete = stored.SubmittedBy.Count > 0
            && stored.Organisation.Systems.Count > 0
            && stored.Workflows.All(w => w.Transitions.All(t => t.By.Count > 0));
        if (complete)
        {
            return stored;
        }

        var declared = new Declared(current);
        return stored with
        {
            SubmittedBy = stored.SubmittedBy.Count > 0 ? stored.SubmittedBy : current.SubmittedBy,
            Organisation = stored.Organisation.Systems.Count > 0 ? stored.Organisation : stored.Organisation with { Systems = current.Organisation.Systems },
            Workflows = stored.Workflows.Select(w => w with
            {
                Transitions = w.Transitions.Select(t => t.By.Count > 0 ? t : t with { By = declared.For(w.Id, t) }).ToList(),
            }).ToList(),
        };
    }

    /// <summary>Who the current version lets fire each transition, indexed at the three closenesses a stored transition is matched at.</summary>
    private sealed class Declared
    {
        private readonly Dictionary<(string Workflow, string From, string Trigger, string To), IReadOnlyList<string>> _exact = [];
        private readonly Dictionary<(string Workflow, string Trigger), List<string>> _inWorkflow = [];
        private readonly Dictionary<string, List<string>> _anywhere = new(StringComparer.Ordinal);

        public Declared(TownshipDefinition current)
        {
            foreach (var workflow in current.Workflows)
            {
                foreach (var t in workflow.Transitions.Where(t => t.By.Count > 0))
                {
                    _exact.TryAdd((workflow.Id, t.From, t.Trigger, t.To), t.By);
                    Join(_inWorkflow, (workflow.Id, t.Trigger), t.By);
                    Join(_anywhere, t.Trigger, t.By);
                }
            }
        }

        public IReadOnlyList<string> For(string workflow, TransitionDefinition t) =>
            _exact.GetValueOrDefault((workflow, t.From, t.Trigger, t.To))
            ?? _inWorkflow.GetValueOrDefault((workflow, t.Trigger))
            ?? _anywhere.GetValueOrDefault(t.Trigger)
            ?? (IReadOnlyList<string>)[];

        private static void Join<TKey>(Dictionary<TKey, List<string>> index, TKey key, IReadOnlyList<string> roles)
            where TKey : notnull
        {
            if (!index.TryGetValue(key, out var joined))
            {
                index[key] = joined = [];
            }

            joined.AddRange(roles.Where(r => !joined.Contains(r, StringComparer.Ordinal)));
        }
    }
}
