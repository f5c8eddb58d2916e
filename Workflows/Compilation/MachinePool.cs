using System.Collections.Concurrent;
using CaseFlow.Workflows.Model;

namespace CaseFlow.Workflows.Compilation;

/// <summary>
/// The built machines of one compiled workflow, lent to one caller at a time. A Stateless machine is not thread-safe and commands for
/// different cases are decided concurrently, so each concurrent caller gets a machine of its own; a machine is built only when none
/// is free, and kept for the next caller. The pool therefore holds as many machines as callers ever ran at once (one, when calls
/// come one after another), each configured once for the life of the compiled definition version.
/// </summary>
internal sealed class MachinePool(WorkflowDefinition definition)
{
    private readonly ConcurrentBag<WorkflowMachine> _free = [];
    private int _built;

    /// <summary>How many machines this pool has built: what tests read to tell "configured once" from "rebuilt per call".</summary>
    public int Built => Volatile.Read(ref _built);

    /// <summary>Runs <paramref name="use"/> on a machine no other caller holds meanwhile, and returns the machine to the pool.</summary>
    public TResult With<TState, TResult>(TState argument, Func<WorkflowMachine, TState, TResult> use)
    {
        if (!_free.TryTake(out var machine))
        {
            machine = new WorkflowMachine(definition);
            Interlocked.Increment(ref _built);
        }

        try
        {
            return use(machine, argument);
        }
        finally
        {
            _free.Add(machine);
        }
    }
}
