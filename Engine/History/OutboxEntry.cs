namespace CaseFlow.Engine.History;

/// <summary>
/// An outbound message written in the same transaction as the events that caused it (the transactional outbox), so it is published
/// exactly when they are stored: never for an event that was not stored, and at least once for every one that was.
/// </summary>
/// <param name="MessageId">The message's id on the wire, fixed when it is stored, so every (re)publication carries the same id.</param>
/// <param name="CaseId">The case whose events caused it.</param>
/// <param name="MessageType">The contract's full type name (a type in the Contracts assembly).</param>
/// <param name="Body">The message as JSON.</param>
/// <param name="AvailableAt">
/// When a relay may publish it if it is still unsent: the appending instance publishes its own messages at once, and the relay only
/// takes over from this instant (the appender crashed, or the broker was down).
/// </param>
public sealed record OutboxEntry(Guid MessageId, Guid CaseId, string MessageType, string Body, DateTimeOffset AvailableAt);
