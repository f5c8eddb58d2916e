using System.Collections.Frozen;
using CaseFlow.Workflows;
using CaseFlow.Workflows.Model;

namespace CaseFlow.Engine.Cases;

/// <summary>
/// The one registry of the triggers the engine gives meaning to, checked against the catalogue: every trigger the catalogue names has
/// exactly one unit here and every unit is of a trigger the catalogue names. Any other trigger a definition declares only moves the
/// case (one plain unit). Typed access to a unit's data goes through the properties below.
/// </summary>
public static class CaseTriggers
{
    /// <summary>Creates a case.</summary>
    public static ICaseTrigger<SubmitData> Submit { get; } = new SubmitTrigger();

    /// <summary>The command room's triage.</summary>
    public static ICaseTrigger<TriageData> Triage { get; } = new TriageTrigger();

    /// <summary>Not a government matter.</summary>
    public static ICaseTrigger<ReasonData> MarkInvalid { get; } = new ReasonTrigger(Triggers.MarkInvalid);

    /// <summary>Already reported.</summary>
    public static ICaseTrigger<MarkDuplicateData> MarkDuplicate { get; } = new MarkDuplicateTrigger();

    /// <summary>Dispatch to a platform.</summary>
    public static ICaseTrigger<DispatchData> Dispatch { get; } = new DispatchTrigger();

    /// <summary>Escalate to the county.</summary>
    public static ICaseTrigger<ReasonData> EscalateToCounty { get; } = new ReasonTrigger(Triggers.EscalateToCounty);

    /// <summary>Route to a lead office and co-handlers.</summary>
    public static ICaseTrigger<AssignData> Assign { get; } = new AssignTrigger();

    /// <summary>Return (退单).</summary>
    public static ICaseTrigger<ReasonData> Return { get; } = new ReasonTrigger(Triggers.Return);

    /// <summary>A co-handler reports its part.</summary>
    public static ICaseTrigger<ReportCoHandlingData> ReportCoHandling { get; } = new ReportCoHandlingTrigger();

    /// <summary>Complete with a result.</summary>
    public static ICaseTrigger<ResultData> Complete { get; } = new CompleteTrigger();

    /// <summary>Ask for an extension.</summary>
    public static ICaseTrigger<RequestExtensionData> RequestExtension { get; } = new RequestExtensionTrigger();

    /// <summary>Approve or refuse an extension.</summary>
    public static ICaseTrigger<DecideExtensionData> DecideExtension { get; } = new DecideExtensionTrigger();

    /// <summary>The county accepted the case.</summary>
    public static ICaseTrigger<CountyAcceptData> CountyAccept { get; } = new CountyAcceptTrigger();

    /// <summary>The county assigned the case to a department.</summary>
    public static ICaseTrigger<CountyAssignData> CountyAssign { get; } = new CountyAssignTrigger();

    /// <summary>The county resolved the case.</summary>
    public static ICaseTrigger<ResultData> CountyResolve { get; } = new CountyResolveTrigger();

    /// <summary>The county sent the case back.</summary>
    public static ICaseTrigger<ReasonData> CountySendBack { get; } = new CountySendBackTrigger();

    /// <summary>Feedback to the reporter.</summary>
    public static ICaseTrigger<FeedBackData> FeedBack { get; } = new FeedBackTrigger();

    /// <summary>The reporter's reply.</summary>
    public static ICaseTrigger<RecordFeedbackData> RecordFeedback { get; } = new RecordFeedbackTrigger();

    /// <summary>Satisfaction rating.</summary>
    public static ICaseTrigger<RateData> Rate { get; } = new RateTrigger();

    /// <summary>The callback survey (回访).</summary>
    public static ICaseTrigger<RecordCallbackData> RecordCallback { get; } = new RecordCallbackTrigger();

    /// <summary>An administrator's migration.</summary>
    public static ICaseTrigger<MigrateData> Migrate { get; } = new MigrateTrigger();

    /// <summary>A provisional deadline recomputed.</summary>
    public static ICaseTrigger<RecomputeDeadlineData> RecomputeDeadline { get; } = new RecomputeDeadlineTrigger();

    private static readonly IReadOnlyList<ICaseTrigger> Registered =
    [
        Submit, Triage, MarkInvalid, MarkDuplicate, Dispatch, EscalateToCounty, Assign, Return, ReportCoHandling, Complete,
        RequestExtension, DecideExtension, CountyAccept, CountyAssign, CountyResolve, CountySendBack, FeedBack, RecordFeedback, Rate,
        RecordCallback, Migrate, RecomputeDeadline,
    ];

    private static readonly Lazy<FrozenDictionary<string, ICaseTrigger>> ByName = new(() => Index(Registered));

    /// <summary>Every registered unit.</summary>
    public static IReadOnlyList<ICaseTrigger> All => Registered;

    /// <summary>The unit of the named trigger: its own when the engine gives it meaning, else the plain unit of a trigger that only moves.</summary>
    public static ICaseTrigger Of(string name) => ByName.Value.TryGetValue(name, out var trigger) ? trigger : new MoveTrigger(name);

    /// <summary>
    /// What is wrong between a set of units and the catalogue's triggers: triggers without a unit, units of no catalogued trigger, and
    /// triggers with several units.
    /// </summary>
    public static IReadOnlyList<string> Mismatches(IEnumerable<ICaseTrigger> units, IEnumerable<string> catalogue)
    {
        ArgumentNullException.ThrowIfNull(units);
        ArgumentNullException.ThrowIfNull(catalogue);
        var implemented = units.GroupBy(u => u.Name, StringComparer.Ordinal).ToList();
        var named = catalogue.ToHashSet(StringComparer.Ordinal);
        return
        [
            .. named.Where(n => implemented.All(g => g.Key != n)).Order(StringComparer.Ordinal)
                .Select(n => $"the catalogue names trigger '{n}' but the engine has no unit for it (add a class deriving from CaseTrigger<TData> and register it in {nameof(CaseTriggers)})"),
            .. implemented.Where(g => !named.Contains(g.Key)).Select(g => g.Key).Order(StringComparer.Ordinal)
                .Select(n => $"the engine has a unit for trigger '{n}' but the catalogue does not name it (add it to Catalogue.Triggers with what it carries, or remove the unit)"),
            .. implemented.Where(g => g.Count() > 1).Select(g => g.Key).Order(StringComparer.Ordinal)
                .Select(n => $"trigger '{n}' has {implemented.Single(g => g.Key == n).Count()} units; register one"),
        ];
    }

    /// <summary>Throws with every mismatch when the registry and the catalogue disagree; called at start-up so that no trigger's data goes unread.</summary>
    public static void EnsureMatchesCatalogue()
    {
        if (Mismatches(Registered, Catalogue.Triggers.Keys) is { Count: > 0 } problems)
        {
            throw new InvalidOperationException($"the engine's triggers do not match the catalogue: {string.Join("; ", problems)}");
        }
    }

    /// <summary>
    /// Each transition of a definition that declares a trigger only the engine records (a submission, a migration, a recomputed
    /// deadline), with its JSON path: no command could fire it.
    /// </summary>
    public static IReadOnlyList<(string Path, string Message)> Misdeclared(TownshipDefinition definition)
    {
        ArgumentNullException.ThrowIfNull(definition);
        var problems = new List<(string, string)>();
        for (var w = 0; w < definition.Workflows.Count; w++)
        {
            var transitions = definition.Workflows[w].Transitions;
            for (var t = 0; t < transitions.Count; t++)
            {
                // A transition declared from several states is read as several: report its declaration once.
                if (ByName.Value.TryGetValue(transitions[t].Trigger, out var unit) && !unit.FiredByTransitions && transitions[t].Source?.IsFirst != false)
                {
                    problems.Add(($"$.workflows[{w}].transitions[{transitions[t].Source?.Index ?? t}].trigger", $"'{unit.Name}' is recorded by the engine itself and cannot be a transition's trigger; the engine records: {string.Join(", ", EngineRecorded)}"));
                }
            }
        }

        return problems;
    }

    /// <summary>The units a definition's transitions never fire although commands send them: triggers the engine reads that the definition does not declare.</summary>
    public static IReadOnlyList<string> Undeclared(TownshipDefinition definition)
    {
        ArgumentNullException.ThrowIfNull(definition);
        var declared = definition.Workflows.SelectMany(w => w.Transitions).Select(t => t.Trigger).ToHashSet(StringComparer.Ordinal);
        return [.. Registered.Where(u => u.FiredByTransitions && !declared.Contains(u.Name)).Select(u => u.Name).Order(StringComparer.Ordinal)];
    }

    private static IEnumerable<string> EngineRecorded => Registered.Where(u => !u.FiredByTransitions).Select(u => u.Name).Order(StringComparer.Ordinal);

    private static FrozenDictionary<string, ICaseTrigger> Index(IReadOnlyList<ICaseTrigger> units)
    {
        EnsureMatchesCatalogue();
        return units.ToFrozenDictionary(u => u.Name, StringComparer.Ordinal);
    }
}
