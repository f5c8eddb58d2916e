namespace CaseFlow.Workflows.Model;

/// <summary>One closed-loop process declared as a state machine.</summary>
public sealed record WorkflowDefinition
{
    /// <summary>Stable id: receive, dispatch, handle, supervise, feedback or assess.</summary>
    public string Id { get; init; } = "";

    /// <summary>Display name, e.g. 受理.</summary>
    public string Name { get; init; } = "";

    /// <summary>The state a case is in when it enters this workflow without a named state.</summary>
    public string Initial { get; init; } = "";

    /// <summary>When set, this workflow runs beside the named one (supervision beside handling) instead of in sequence.</summary>
    public string? RunsBeside { get; init; }

    /// <summary>The workflow's states.</summary>
    public IReadOnlyList<StateDefinition> States { get; init; } = [];

    /// <summary>The triggers its transitions may use.</summary>
    public IReadOnlyList<string> Triggers { get; init; } = [];

    /// <summary>The permitted transitions.</summary>
    public IReadOnlyList<TransitionDefinition> Transitions { get; init; } = [];
}

/// <summary>A state of a workflow.</summary>
public sealed record StateDefinition
{
    /// <summary>Id, unique within its workflow.</summary>
    public string Id { get; init; } = "";

    /// <summary>Display name, e.g. 已签收.</summary>
    public string Name { get; init; } = "";

    /// <summary>True when the case ends here (closed, invalid, duplicate).</summary>
    public bool Final { get; init; }

    /// <summary>When set, reaching this state hands the case on to another workflow.</summary>
    public Continuation? ContinuesIn { get; init; }
}

/// <summary>Where a case goes when it reaches a hand-off state.</summary>
public sealed record Continuation
{
    /// <summary>The workflow the case continues in.</summary>
    public string Workflow { get; init; } = "";

    /// <summary>The state it enters; the workflow's initial state when omitted.</summary>
    public string? State { get; init; }
}

/// <summary>A transition: in state From, trigger Trigger moves to To when Guard holds, with named effects.</summary>
public sealed record TransitionDefinition
{
    /// <summary>The source state.</summary>
    public string From { get; init; } = "";

    /// <summary>The trigger that fires it.</summary>
    public string Trigger { get; init; } = "";

    /// <summary>The destination state (equal to From for a re-entry such as a progress report).</summary>
    public string To { get; init; } = "";

    /// <summary>A declarative condition over case fields; the transition is permitted only when it holds.</summary>
    public Condition? Guard { get; init; }

    /// <summary>Effects from the engine's fixed catalogue, performed when the transition is taken.</summary>
    public IReadOnlyList<string> Effects { get; init; } = [];

    /// <summary>
    /// Who may fire it: roles from <see cref="Catalogue.Roles"/>, relative to the case where it matters (this case's lead office,
    /// its platform's coordinator …). Empty only in versions published before permissions were declared.
    /// </summary>
    public IReadOnlyList<string> By { get; init; } = [];
}
