using System.Collections.Frozen;
using CaseFlow.Workflows.Conditions;
using CaseFlow.Workflows.Model;

namespace CaseFlow.Workflows.Compilation;

/// <summary>
/// A workflow turned into a Stateless machine over externally held state: the single authority on what a case may do next. The
/// machine is configured once per compiled definition version and asked with each case's state and facts.
/// </summary>
public sealed class CompiledWorkflow
{
    private readonly Dictionary<(string From, string Trigger, string To), TransitionDefinition> _transitions;
    private readonly Dictionary<string, StateDefinition> _states;
    private readonly MachinePool _machines;
    private readonly FrozenSet<string> _triggers;
    private readonly Dictionary<(string From, string Trigger), IReadOnlyList<TransitionDefinition>> _from;

    internal CompiledWorkflow(WorkflowDefinition definition)
    {
        Definition = definition;
        _transitions = definition.Transitions.ToDictionary(t => (t.From, t.Trigger, t.To));
        _states = definition.States.ToDictionary(s => s.Id, StringComparer.Ordinal);
        _machines = new MachinePool(definition);
        _triggers = definition.Triggers.ToFrozenSet(StringComparer.Ordinal);
        _from = definition.Transitions.GroupBy(t => (t.From, t.Trigger)).ToDictionary(g => g.Key, g => (IReadOnlyList<TransitionDefinition>)[.. g]);
    }

    /// <summary>The declaration this machine was compiled from.</summary>
    public WorkflowDefinition Definition { get; }

    /// <summary>The workflow's id.</summary>
    public string Id => Definition.Id;

    /// <summary>How many Stateless machines this workflow has built: one per caller that ever ran at the same time, never one per call.</summary>
    internal int MachinesBuilt => _machines.Built;

    /// <summary>The declared state with this id.</summary>
    public StateDefinition State(string id) => _states.TryGetValue(id, out var state)
        ? state
        : throw new KeyNotFoundException($"workflow '{Id}' has no state '{id}'");

    /// <summary>The declared transitions on the trigger from the state, in declaration order (empty when there are none).</summary>
    public IReadOnlyList<TransitionDefinition> TransitionsFrom(string state, string trigger) =>
        _from.TryGetValue((state, trigger), out var transitions) ? transitions : [];

    /// <summary>True when the workflow declares the trigger.</summary>
    public bool Declares(string trigger) => _triggers.Contains(trigger);

    /// <summary>Asks the machine whether the trigger may fire in the state with these facts, and which declared transition it takes.</summary>
    public FireOutcome Fire(string state, string trigger, IFacts facts)
    {
        if (!Declares(trigger))
        {
            return new FireOutcome { Refusal = $"'{trigger}' is not a trigger of workflow '{Id}'" };
        }

        if (!_states.ContainsKey(state))
        {
            // The machine configures declared states only; asking it about another would make Stateless add that state to it.
            return Refused(state, trigger, "it is not permitted there", []);
        }

        return _machines.With((Workflow: this, State: state, Trigger: trigger, Facts: facts), static (machine, call) => call.Workflow.Fire(machine, call.State, call.Trigger, call.Facts));
    }

    /// <summary>The triggers the machine would accept now.</summary>
    public IReadOnlyList<string> PermittedTriggers(string state, IFacts facts) =>
        _states.ContainsKey(state)
            ? _machines.With((State: state, Facts: facts), static (machine, call) => machine.Permitted(call.State, call.Facts))
            : [];

    /// <summary>The workflow as a Mermaid state diagram, each transition labelled with its trigger, who may fire it and its guard.</summary>
    public string ToMermaid() => _machines.With(this, static (machine, workflow) => RoleLabelledGraph.Mermaid(machine.Info(), workflow.By));

    /// <summary>The workflow as a Graphviz DOT graph, each transition labelled with its trigger, who may fire it and its guard.</summary>
    public string ToDot() => _machines.With(this, static (machine, workflow) => RoleLabelledGraph.Dot(machine.Info(), workflow.By));

    private FireOutcome Fire(WorkflowMachine machine, string state, string trigger, IFacts facts)
    {
        string destination;
        ICollection<string>? unmet;
        bool fired;
        try
        {
            fired = machine.TryFire(state, trigger, facts, out destination, out unmet);
        }
        catch (InvalidOperationException e)
        {
            return new FireOutcome { Refusal = $"'{trigger}' is ambiguous in {Id}.{state}: {e.Message}" };
        }

        if (!fired)
        {
            var why = unmet is { Count: > 0 }
                ? $"its condition is not met ({string.Join("; ", unmet)})"
                : "it is not permitted there";
            return Refused(state, trigger, why, machine.Permitted(state, facts));
        }

        return new FireOutcome { Transition = _transitions[(state, trigger, destination)] };
    }

    private FireOutcome Refused(string state, string trigger, string why, List<string> permitted) => new()
    {
        Refusal = $"'{trigger}' cannot be applied in {Id}.{state}: {why}; permitted now: {(permitted.Count == 0 ? "nothing" : string.Join(", ", permitted))}",
    };

    private IReadOnlyList<string> By(string from, string trigger, string to) => _transitions[(from, trigger, to)].By;
}
