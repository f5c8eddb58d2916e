using CaseFlow.Engine.Supervision;

namespace CaseFlow.Engine.Cases;

/// <summary>A case as a reader sees it: its state, its whole history, what it accepts next and the timers it waits on.</summary>
/// <param name="State">The case now.</param>
/// <param name="History">Every event, in order.</param>
/// <param name="PermittedTriggers">Triggers the case accepts now.</param>
public sealed record CaseView(CaseState State, IReadOnlyList<CaseEvent> History, IReadOnlyList<string> PermittedTriggers)
{
    /// <summary>The supervision steps the case is due for next (warning, deadline, urging, escalation …), earliest first.</summary>
    public IReadOnlyList<CaseTimer> Timers { get; init; } = [];
}
