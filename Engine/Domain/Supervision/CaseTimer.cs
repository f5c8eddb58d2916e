namespace CaseFlow.Engine.Supervision;

/// <summary>A durable timer: a supervision step a case falls due for, stored with the case in the transaction that set it.</summary>
/// <param name="CaseId">The case.</param>
/// <param name="Kind">What falls due (see <see cref="TimerKinds"/>).</param>
/// <param name="DueAt">When it falls due.</param>
/// <param name="SetAtVersion">The case version whose append set it: a timer is only ever the one its case planned at that version.</param>
public sealed record CaseTimer(Guid CaseId, string Kind, DateTimeOffset DueAt, long SetAtVersion);
