using CaseFlow.Workflows.Conditions;
using CaseFlow.Workflows.Model;
using Stateless;

namespace CaseFlow.Workflows.Compilation;

/// <summary>A workflow turned into a Stateless machine over externally held state: the single authority on what a case may do next.</summary>
public sealed class CompiledWorkflow
{
    private readonly Dictionary<(string From, string Trigger, string To), TransitionDefinition> _transitions;
    private readonly Dictionary<string, StateDefinition> _states;

    internal CompiledWorkflow(WorkflowDefinition definition)
    {
        Definition = definition;
        _transitions = definition.Transitions.ToDictionary(t => (t.From, t.Trigger, t.To));
        _states = definition.States.ToDictionary(s => s.Id, StringComparer.Ordinal);
    }

    /// <summary>The declaration this machine was compiled from.</summary>
    public WorkflowDefinition Definition { get; }

    /// <summary>The workflow's id.</summary>
    public string Id => Definition.Id;

    /// <summary>The declared state with this id.</summary>
    public StateDefinition State(string id) => _states.TryGetValue(id, out var state)
        ? state
        : throw new KeyNotFoundException($"workflow '{Id}' has no state '{id}'");

    /// <summary>True when the workflow declares the trigger.</summary>
    public bool Declares(string trigger) => Definition.Triggers.Contains(trigger, StringComparer.Ordinal);

    /// <summary>Builds a machine whose state lives with the caller (read and written through the accessors) and whose guards read the facts.</summary>
    public StateMachine<string, string> CreateMachine(Func<string> read, Action<string> write, IFacts facts)
    {
        var machine = new StateMachine<string, string>(read, write);
        foreach (var state in Definition.States)
        {
            var configuration = machine.Configure(state.Id);
            foreach (var t in Definition.Transitions.Where(t => t.From == state.Id))
            {
                Permit(configuration, t, facts);
            }
        }

        return machine;
    }

    /// <summary>Asks the machine whether the trigger may fire in the state with these facts, and which declared transition it takes.</summary>
    public FireOutcome Fire(string state, string trigger, IFacts facts)
    {
        if (!Declares(trigger))
        {
            return new FireOutcome { Refusal = $"'{trigger}' is not a trigger of workflow '{Id}'" };
        }

        var current = state;
        var machine = CreateMachine(() => current, s => current = s, facts);
        if (!machine.CanFire(trigger, out var unmet))
        {
            var permitted = Permitted(machine);
            // Stateless leaves the unmet-guard list null when no transition for the trigger exists in the state.
            var why = unmet is { Count: > 0 }
                ? $"its condition is not met ({string.Join("; ", unmet)})"
                : "it is not permitted there";
            return new FireOutcome
            {
                Refusal = $"'{trigger}' cannot be applied in {Id}.{state}: {why}; permitted now: {(permitted.Count == 0 ? "nothing" : string.Join(", ", permitted))}",
            };
        }

        StateMachine<string, string>.Transition? taken = null;
        machine.OnTransitioned(t => taken = t);
        try
        {
            machine.Fire(trigger);
        }
        catch (InvalidOperationException e)
        {
            return new FireOutcome { Refusal = $"'{trigger}' is ambiguous in {Id}.{state}: {e.Message}" };
        }

        return new FireOutcome { Transition = _transitions[(state, trigger, taken!.Destination)] };
    }

    /// <summary>The triggers the machine would accept now.</summary>
    public IReadOnlyList<string> PermittedTriggers(string state, IFacts facts)
    {
        var current = state;
        return Permitted(CreateMachine(() => current, s => current = s, facts));
    }

    /// <summary>The workflow as a Mermaid state diagram, each transition labelled with its trigger, who may fire it and its guard.</summary>
    public string ToMermaid() => RoleLabelledGraph.Mermaid(Describe().GetInfo(), By);

    /// <summary>The workflow as a Graphviz DOT graph, each transition labelled with its trigger, who may fire it and its guard.</summary>
    public string ToDot() => RoleLabelledGraph.Dot(Describe().GetInfo(), By);

    private StateMachine<string, string> Describe()
    {
        var current = Definition.Initial;
        return CreateMachine(() => current, s => current = s, NoFacts.Instance);
    }

    private IReadOnlyList<string> By(string from, string trigger, string to) => _transitions[(from, trigger, to)].By;

    // Guards are synchronous, so the task Stateless returns has already completed.
    private static List<string> Permitted(StateMachine<string, string> machine) =>
        machine.GetDetailedPermittedTriggers().GetAwaiter().GetResult().Select(d => d.Trigger).Distinct().Order(StringComparer.Ordinal).ToList();

    private static void Permit(StateMachine<string, string>.StateConfiguration configuration, TransitionDefinition t, IFacts facts)
    {
        if (t.Guard is not { } guard)
        {
            if (t.To == t.From)
            {
                configuration.PermitReentry(t.Trigger);
            }
            else
            {
                configuration.Permit(t.Trigger, t.To);
            }

            return;
        }

        var description = ConditionEvaluator.Describe(guard);
        if (t.To == t.From)
        {
            configuration.PermitReentryIf(t.Trigger, () => ConditionEvaluator.Holds(guard, facts), description);
        }
        else
        {
            configuration.PermitIf(t.Trigger, t.To, () => ConditionEvaluator.Holds(guard, facts), description);
        }
    }

    private sealed class NoFacts : IFacts
    {
        public static readonly NoFacts Instance = new();

        public object? Read(string field) => null;
    }
}
