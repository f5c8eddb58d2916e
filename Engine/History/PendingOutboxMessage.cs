namespace CaseFlow.Engine.History;

/// <summary>A stored outbox message not yet marked sent, as a relay claimed it.</summary>
/// <param name="Position">Its position in the outbox: the order messages were stored in (per case, the order of their events).</param>
/// <param name="Entry">The message.</param>
/// <param name="Attempts">How many times a relay has claimed it before this claim (0 the first time).</param>
public sealed record PendingOutboxMessage(long Position, OutboxEntry Entry, int Attempts);
