using CaseFlow.Engine.Cases;

namespace CaseFlow.Host.Http;

/// <summary>One case whole: its state, the commands it takes now, its timers and its history (the reporter's personal data masked unless disclosed).</summary>
/// <param name="Case">The case's state.</param>
/// <param name="Position">Where it stands, written workflow.State.</param>
/// <param name="PermittedCommands">The commands its state permits now (the definition still decides who may send each).</param>
/// <param name="Timers">What falls due for it, and when.</param>
/// <param name="History">Every event, oldest first, each chained to the one before by its hash.</param>
internal sealed record CaseDetail(CaseState Case, string Position, IReadOnlyList<string> PermittedCommands, IReadOnlyList<CaseTimerDue> Timers, IReadOnlyList<CaseEvent> History);

/// <summary>A timer set on a case.</summary>
/// <param name="Kind">What falls due.</param>
/// <param name="DueAt">When it falls due.</param>
internal sealed record CaseTimerDue(string Kind, DateTimeOffset DueAt);
