namespace CaseFlow.Engine.Messaging;

/// <summary>
/// The reason recorded in the error queue's headers for a command refused because of who sent it: a sender that may not act as it
/// claims, or a position the definition does not let send it. The consumer has already rejected it.
/// </summary>
public sealed class CommandRefusedException(string reason) : Exception(reason);
