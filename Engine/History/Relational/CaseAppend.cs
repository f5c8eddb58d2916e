using CaseFlow.Engine.Cases;
using CaseFlow.Engine.Supervision;

namespace CaseFlow.Engine.History.Relational;

/// <summary>What one append writes together: the resulting case at its expected version, its new events, the message it applies, its timers and outbox.</summary>
internal sealed record CaseAppend(
    CaseState Resulting,
    long ExpectedVersion,
    IReadOnlyList<CaseEvent> Events,
    Guid? MessageId,
    IReadOnlyList<CaseTimer>? Timers,
    IReadOnlyList<OutboxEntry>? Outbox);
