using CaseFlow.Workflows.Conditions;
using CaseFlow.Workflows.Model;
using Stateless;
using Stateless.Reflection;

namespace CaseFlow.Workflows.Compilation;

/// <summary>
/// One Stateless machine configured once from a workflow's declaration, with the state it is asked about held beside it. Every
/// trigger takes the case's facts as its parameter, so guards read the facts of the call rather than facts captured at build time.
/// Not thread-safe: one caller at a time (see <see cref="MachinePool"/>).
/// </summary>
internal sealed class WorkflowMachine
{
    private readonly StateMachine<string, string> _machine;
    private readonly Dictionary<string, StateMachine<string, string>.TriggerWithParameters<IFacts>> _triggers;
    private readonly string _initial;
    private string _state;
    private bool _unhandled;
    private ICollection<string>? _unmet;

    public WorkflowMachine(WorkflowDefinition definition)
    {
        _initial = definition.Initial;
        _state = _initial;
        // Immediate: nothing fires from inside a transition here (no entry or exit actions fire triggers), so Stateless's queue for
        // triggers fired during a transition would only cost an allocation and a loop per firing.
        _machine = new StateMachine<string, string>(() => _state, s => _state = s, FiringMode.Immediate);

        // A trigger the state does not take (or whose guards all fail) is noted rather than thrown: TryFire then says so, so that a
        // command is decided by one firing — its guards evaluated once — instead of a CanFire followed by a Fire.
        _machine.OnUnhandledTrigger((_, _, unmet) =>
        {
            _unhandled = true;
            _unmet = unmet;
        });
        _triggers = definition.Triggers
            .Concat(definition.Transitions.Select(t => t.Trigger))
            .Distinct(StringComparer.Ordinal)
            .ToDictionary(t => t, _machine.SetTriggerParameters<IFacts>, StringComparer.Ordinal);
        foreach (var state in definition.States)
        {
            var configuration = _machine.Configure(state.Id);
            foreach (var t in definition.Transitions.Where(t => t.From == state.Id))
            {
                Permit(configuration, t, _triggers[t.Trigger]);
            }
        }
    }

    /// <summary>
    /// Fires the trigger from the state with these facts. True with the state the machine moved to; false when the state does not
    /// take the trigger with these facts, <paramref name="unmet"/> then listing the guards that failed (empty when none was asked).
    /// </summary>
    /// <exception cref="InvalidOperationException">When more than one of the trigger's guards holds.</exception>
    public bool TryFire(string state, string trigger, IFacts facts, out string destination, out ICollection<string>? unmet)
    {
        _state = state;
        _unhandled = false;
        _unmet = null;
        _machine.Fire(_triggers[trigger], facts);
        destination = _state;
        unmet = _unmet;
        return !_unhandled;
    }

    /// <summary>The triggers the machine would accept in the state with these facts, each once, in ordinal order.</summary>
    public List<string> Permitted(string state, IFacts facts)
    {
        _state = state;
        // Guards are synchronous, so the task Stateless returns has already completed.
        return _machine.GetDetailedPermittedTriggers(facts).GetAwaiter().GetResult()
            .Select(d => d.Trigger).Distinct().Order(StringComparer.Ordinal).ToList();
    }

    /// <summary>The machine's states and transitions, for drawing, standing in the workflow's initial state (where a drawing starts).</summary>
    public StateMachineInfo Info()
    {
        _state = _initial;
        return _machine.GetInfo();
    }

    private static void Permit(StateMachine<string, string>.StateConfiguration configuration, TransitionDefinition t, StateMachine<string, string>.TriggerWithParameters<IFacts> trigger)
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
            configuration.PermitReentryIf(trigger, facts => ConditionEvaluator.Holds(guard, facts), description);
        }
        else
        {
            configuration.PermitIf(trigger, t.To, facts => ConditionEvaluator.Holds(guard, facts), description);
        }
    }
}
