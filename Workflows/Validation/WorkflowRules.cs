using CaseFlow.Workflows.Model;

namespace CaseFlow.Workflows.Validation;

/// <summary>Workflow checks: references, uniqueness, effects, guards, reachability and ways out of every state.</summary>
internal static class WorkflowRules
{
    public static void Check(TownshipDefinition definition, ErrorList errors)
    {
        var workflowIds = errors.Ids(definition.Workflows, w => w.Id, "$.workflows", "workflow");
        var byId = definition.Workflows.GroupBy(w => w.Id, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        errors.Reference(definition.EntryWorkflow, workflowIds, "$.entryWorkflow", "workflow");

        for (var w = 0; w < definition.Workflows.Count; w++)
        {
            CheckWorkflow(definition.Workflows[w], $"$.workflows[{w}]", byId, errors);
        }

        CheckOneBeside(definition, errors);

        CheckReachability(definition, byId, errors);
    }

    private static void CheckWorkflow(WorkflowDefinition workflow, string path, Dictionary<string, WorkflowDefinition> all, ErrorList errors)
    {
        var states = errors.Ids(workflow.States, s => s.Id, $"{path}.states", "state", $"workflow '{workflow.Id}'");
        var triggers = DeclaredTriggers(workflow, path, errors);
        errors.Reference(workflow.Initial, states, $"{path}.initial", "state", $"workflow '{workflow.Id}'");
        if (workflow.RunsBeside is { } beside && (!all.ContainsKey(beside) || beside == workflow.Id))
        {
            errors.Add($"{path}.runsBeside", $"runsBeside must name another workflow, not '{beside}'; the other declared workflows are: {ErrorList.List(all.Keys.Where(k => k != workflow.Id))}");
        }

        for (var s = 0; s < workflow.States.Count; s++)
        {
            CheckContinuation(workflow.States[s], $"{path}.states[{s}]", all, errors);
        }

        var seen = new HashSet<(string, string, string)>();
        for (var t = 0; t < workflow.Transitions.Count; t++)
        {
            var transition = workflow.Transitions[t];
            var at = DeclaredAt(path, transition, t);
            var source = transition.Source ?? new TransitionSource(t, null, 0);
            if (source.Repeats(transition.From))
            {
                errors.Add($"{at}.{source.FromPath}", $"state '{transition.From}' is listed twice in 'from'; list each state once");
                continue;
            }

            errors.Reference(transition.From, states, $"{at}.{source.FromPath}", "state", $"workflow '{workflow.Id}'");
            if (!seen.Add((transition.From, transition.Trigger, transition.To)))
            {
                errors.Add(at, $"duplicate transition {transition.From} --{transition.Trigger}--> {transition.To}: merge the two, combining their guards with 'any'");
            }

            if (!source.IsFirst)
            {
                // What the listed states share (trigger, destination, effects, guard) is checked once, on the first of them.
                continue;
            }

            errors.Reference(transition.To, states, $"{at}.to", "state", $"workflow '{workflow.Id}'");
            errors.Reference(transition.Trigger, triggers, $"{at}.trigger", "trigger", $"workflow '{workflow.Id}'");
            for (var e = 0; e < transition.Effects.Count; e++)
            {
                if (!Catalogue.Effects.ContainsKey(transition.Effects[e]))
                {
                    errors.Add($"{at}.effects[{e}]", $"unknown effect '{transition.Effects[e]}'; the engine implements: {ErrorList.List(Catalogue.Effects.Keys)}");
                }
            }

            if (transition.Guard is { } guard)
            {
                GuardRules.Check(guard, $"{at}.guard", errors);
            }
        }

        CheckAmbiguity(workflow, path, errors);
        CheckWaysOut(workflow, path, errors);
    }

    /// <summary>The JSON path of the declaration a transition was read from (<paramref name="index"/> when it records none).</summary>
    internal static string DeclaredAt(string workflowPath, TransitionDefinition transition, int index) =>
        $"{workflowPath}.transitions[{transition.Source?.Index ?? index}]";

    /// <summary>
    /// The workflow's triggers, derived from its transitions; a <c>triggers</c> list, which a definition may still give, must name
    /// each of them once and nothing else.
    /// </summary>
    private static HashSet<string> DeclaredTriggers(WorkflowDefinition workflow, string path, ErrorList errors)
    {
        var derived = workflow.DerivedTriggers.ToHashSet(StringComparer.Ordinal);
        if (workflow.DeclaredTriggers is not { } declared)
        {
            return derived;
        }

        var listed = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < declared.Count; i++)
        {
            if (!listed.Add(declared[i]))
            {
                errors.Add($"{path}.triggers[{i}]", $"duplicate trigger '{declared[i]}' in workflow '{workflow.Id}'");
            }
            else if (!derived.Contains(declared[i]))
            {
                errors.Add($"{path}.triggers[{i}]", $"trigger '{declared[i]}' is listed but no transition of workflow '{workflow.Id}' uses it; the transitions use: {ErrorList.List(derived)} (or leave 'triggers' out: it is derived from the transitions)");
            }
        }

        if (derived.Except(listed, StringComparer.Ordinal).ToList() is { Count: > 0 } missing)
        {
            errors.Add($"{path}.triggers", $"the transitions of workflow '{workflow.Id}' use {ErrorList.List(missing)}, which 'triggers' does not list; list every trigger the transitions use, or leave 'triggers' out: it is derived from the transitions");
        }

        return listed;
    }

    /// <summary>
    /// A case holds one position beside its workflow (its supervision state: one field of the case, one column of each event), so at
    /// most one workflow may run beside any other.
    /// </summary>
    private static void CheckOneBeside(TownshipDefinition definition, ErrorList errors)
    {
        var first = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var w = 0; w < definition.Workflows.Count; w++)
        {
            var workflow = definition.Workflows[w];
            if (workflow.RunsBeside is not { } beside)
            {
                continue;
            }

            if (!first.TryAdd(beside, workflow.Id))
            {
                errors.Add($"$.workflows[{w}].runsBeside", $"workflow '{first[beside]}' already runs beside '{beside}', and a case holds one position beside its workflow; merge '{workflow.Id}' into '{first[beside]}', or let it run beside another workflow");
            }
        }
    }

    private static void CheckContinuation(StateDefinition state, string path, Dictionary<string, WorkflowDefinition> all, ErrorList errors)
    {
        if (state.ContinuesIn is not { } next)
        {
            return;
        }

        if (state.Final)
        {
            errors.Add(path, $"state '{state.Id}' is final and also continues in '{next.Workflow}'; a case either ends here or moves on, not both");
        }

        errors.Reference(next.Workflow, all.Keys.ToHashSet(StringComparer.Ordinal), $"{path}.continuesIn.workflow", "workflow");
        if (next.State is { } target && all.TryGetValue(next.Workflow, out var workflow))
        {
            errors.Reference(target, workflow.States.Select(s => s.Id).ToHashSet(StringComparer.Ordinal), $"{path}.continuesIn.state", "state", $"workflow '{workflow.Id}'");
        }
    }

    private static void CheckAmbiguity(WorkflowDefinition workflow, string path, ErrorList errors)
    {
        var transitions = workflow.Transitions.Select((t, i) => (t, i)).Where(x => x.t.Source?.Repeats(x.t.From) != true);
        foreach (var group in transitions.GroupBy(x => (x.t.From, x.t.Trigger)))
        {
            var unguarded = group.Where(x => x.t.Guard is null).ToList();
            if (group.Count() > 1 && unguarded.Count > 0)
            {
                errors.Add($"{DeclaredAt(path, unguarded[0].t, unguarded[0].i)}.guard", $"trigger '{group.Key.Trigger}' from '{group.Key.From}' has {group.Count()} transitions, so each needs a guard that tells them apart");
            }
        }
    }

    private static void CheckWaysOut(WorkflowDefinition workflow, string path, ErrorList errors)
    {
        for (var s = 0; s < workflow.States.Count; s++)
        {
            var state = workflow.States[s];
            var leaves = workflow.Transitions.Any(t => t.From == state.Id && t.To != state.Id);
            if (state.Final || state.ContinuesIn is not null)
            {
                // A final state may record what follows the end (the callback survey, 回访) by transitions back to itself.
                if (workflow.Transitions.Any(t => t.From == state.Id && (t.To != state.Id || !state.Final)))
                {
                    errors.Add($"{path}.states[{s}]", state.Final
                        ? $"state '{state.Id}' ends the case, so no transition may leave it (a final state may only loop back to itself, to record what follows the end)"
                        : $"state '{state.Id}' hands on the case, so no transition may leave it");
                }
            }
            else if (!leaves)
            {
                errors.Add($"{path}.states[{s}]", $"state '{state.Id}' is not final, does not continue in another workflow and has no transition out: a case would be stuck there; add a transition, mark it \"final\": true, or give it \"continuesIn\"");
            }
        }
    }

    private static void CheckReachability(TownshipDefinition definition, Dictionary<string, WorkflowDefinition> all, ErrorList errors)
    {
        var entered = new HashSet<(string Workflow, string State)>();
        foreach (var workflow in definition.Workflows)
        {
            entered.Add((workflow.Id, workflow.Initial));
            foreach (var next in workflow.States.Select(s => s.ContinuesIn).OfType<Continuation>())
            {
                if (all.TryGetValue(next.Workflow, out var target))
                {
                    entered.Add((target.Id, next.State ?? target.Initial));
                }
            }
        }

        for (var w = 0; w < definition.Workflows.Count; w++)
        {
            var workflow = definition.Workflows[w];
            var reached = new HashSet<string>(entered.Where(e => e.Workflow == workflow.Id).Select(e => e.State), StringComparer.Ordinal);
            var queue = new Queue<string>(reached);
            while (queue.TryDequeue(out var state))
            {
                foreach (var t in workflow.Transitions.Where(t => t.From == state && reached.Add(t.To)))
                {
                    queue.Enqueue(t.To);
                }
            }

            for (var s = 0; s < workflow.States.Count; s++)
            {
                if (!reached.Contains(workflow.States[s].Id))
                {
                    errors.Add($"$.workflows[{w}].states[{s}]", $"state '{workflow.States[s].Id}' of workflow '{workflow.Id}' is unreachable: no transition leads to it and no workflow continues into it");
                }
            }
        }
    }
}
