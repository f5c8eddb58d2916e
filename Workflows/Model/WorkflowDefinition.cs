using System.Text.Json.Serialization;
using CaseFlow.Workflows.Loading;

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

    /// <summary>
    /// The workflow's triggers: those its transitions use, in the order they first appear — or, for a version that lists them
    /// (<c>triggers</c>, which every version published before they were derived does), that list, which the validator requires to
    /// name exactly those.
    /// </summary>
    [JsonIgnore]
    public IReadOnlyList<string> Triggers => DeclaredTriggers ?? DerivedTriggers;

    /// <summary>The triggers its transitions use, in the order they first appear.</summary>
    [JsonIgnore]
    public IReadOnlyList<string> DerivedTriggers => Transitions.Select(t => t.Trigger).Distinct(StringComparer.Ordinal).ToList();

    /// <summary>The <c>triggers</c> list as the text declares it; null when it leaves them to be derived from the transitions.</summary>
    [JsonPropertyName("triggers")]
    public IReadOnlyList<string>? DeclaredTriggers { get; init; }

    /// <summary>
    /// The permitted transitions, one per (from, trigger, to): a transition declared from several states is read as one per state,
    /// each knowing where it was declared (<see cref="TransitionDefinition.Source"/>).
    /// </summary>
    [JsonConverter(typeof(TransitionListConverter))]
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
    /// <summary>The source state (one of the states a transition declared from several lists).</summary>
    public string From { get; init; } = "";

    /// <summary>Where this transition was declared in the definition's text; null for one built in code.</summary>
    [JsonIgnore]
    public TransitionSource? Source { get; init; }

    /// <summary>The trigger that fires it.</summary>
    public string Trigger { get; init; } = "";

    /// <summary>
    /// The destination state: equal to From for a re-entry such as a progress report, which the text may declare by leaving <c>to</c>
    /// out (as a targetless transition in SCXML stays where it is).
    /// </summary>
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

/// <summary>Where a transition was declared: its index among the workflow's declared transitions and, for one declared from a list of states, that list and the state's place in it.</summary>
/// <param name="Index">The declaration's index in the workflow's <c>transitions</c>.</param>
/// <param name="FromList">The states it was declared from, when <c>from</c> was a list; null when it named one state.</param>
/// <param name="FromIndex">This transition's state's index in <paramref name="FromList"/> (0 when there is no list).</param>
/// <param name="Stays">True when the declaration has no <c>to</c>: the case stays in the state it was in (a progress report, an urging).</param>
public sealed record TransitionSource(int Index, IReadOnlyList<string>? FromList, int FromIndex, bool Stays = false)
{
    /// <summary>True for the first (or only) transition read from its declaration: the one that stands for it in checks of what the states share.</summary>
    public bool IsFirst => FromIndex == 0;

    /// <summary>True when <paramref name="from"/> (this transition's state) was listed before, earlier in the same list: a mistake the validator reports.</summary>
    public bool Repeats(string from) => FromList is not null && FromList.Take(FromIndex).Contains(from, StringComparer.Ordinal);

    /// <summary>The JSON path of this transition's <c>from</c> under its declaration's path.</summary>
    public string FromPath => FromList is null ? "from" : $"from[{FromIndex}]";

    /// <summary>The declared source states as written: one state, or the list in brackets.</summary>
    public string DescribeFrom(string from) => FromList is null ? from : $"[{string.Join(", ", FromList)}]";
}
