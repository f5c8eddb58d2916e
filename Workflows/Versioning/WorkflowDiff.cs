using CaseFlow.Workflows.Conditions;
using CaseFlow.Workflows.Model;

namespace CaseFlow.Workflows.Versioning;

/// <summary>
/// The workflow part of a definition diff. A transition is known by its from, trigger and to; one whose roles, guard or effects differ
/// is changed, one that now goes elsewhere is removed and another added. States and transitions of a workflow added or removed
/// as a whole are summed up on the workflow's line rather than listed.
/// </summary>
internal static class WorkflowDiff
{
    public static void Compare(ChangeList changes, IReadOnlyList<WorkflowDefinition> from, IReadOnlyList<WorkflowDefinition> to)
    {
        changes.Keyed(ChangeKinds.Workflow, from, to, w => w.Id,
            w => $"{w.Name}: {w.States.Count} states, {w.Transitions.Count} transitions, starts in {w.Initial}{(w.RunsBeside is null ? "" : ", runs beside " + w.RunsBeside)}",
            (old, now) =>
            [
                ChangeList.Field("name", old.Name, now.Name),
                ChangeList.Field("initial state", old.Initial, now.Initial),
                ChangeList.Field("runs beside", old.RunsBeside, now.RunsBeside),
                ChangeList.Set("triggers", old.Triggers, now.Triggers),
            ]);
        foreach (var old in from)
        {
            if (to.FirstOrDefault(w => w.Id == old.Id) is { } now)
            {
                States(changes, old, now);
            }
        }

        foreach (var old in from)
        {
            if (to.FirstOrDefault(w => w.Id == old.Id) is { } now)
            {
                changes.Keyed(ChangeKinds.Transition, old.Transitions, now.Transitions, t => Key(old.Id, t), Describe,
                    (a, b) =>
                    [
                        ChangeList.Unordered("who may fire it", a.By, b.By),
                        ChangeList.Field("guard", Guard(a), Guard(b)),
                        ChangeList.Field("effects", Effects(a), Effects(b)),
                    ]);
            }
        }
    }

    private static void States(ChangeList changes, WorkflowDefinition old, WorkflowDefinition now) =>
        changes.Keyed(ChangeKinds.State, old.States, now.States, s => $"{old.Id}.{s.Id}",
            s => s.Name + (s.Final ? ", final" : "") + (s.ContinuesIn is null ? "" : ", continues in " + Continuation(s)),
            (a, b) =>
            [
                ChangeList.Field("name", a.Name, b.Name),
                a.Final == b.Final ? null : b.Final ? "now final" : "no longer final",
                ChangeList.Field("continues in", Continuation(a), Continuation(b)),
            ]);

    private static string Key(string workflow, TransitionDefinition t) => $"{workflow}: {t.From} --{t.Trigger}--> {t.To}";

    private static string Describe(TransitionDefinition t)
    {
        var parts = new List<string>();
        if (t.By.Count > 0)
        {
            parts.Add("by " + string.Join(", ", t.By));
        }

        if (t.Guard is not null)
        {
            parts.Add("when " + Guard(t));
        }

        if (t.Effects.Count > 0)
        {
            parts.Add("effects " + Effects(t));
        }

        return string.Join(", ", parts);
    }

    private static string? Guard(TransitionDefinition t) => t.Guard is null ? null : ConditionEvaluator.Describe(t.Guard);

    private static string Effects(TransitionDefinition t) => t.Effects.Count == 0 ? "(none)" : string.Join(", ", t.Effects);

    private static string? Continuation(StateDefinition s) =>
        s.ContinuesIn is { } c ? c.Workflow + (c.State is null ? "" : "." + c.State) : null;
}
