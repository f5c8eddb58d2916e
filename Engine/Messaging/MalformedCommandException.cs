namespace CaseFlow.Engine.Messaging;

/// <summary>
/// The reason recorded in the error queue's headers for a command whose data was missing or wrong; the consumer has already
/// rejected it. A command refused only because of the case's state is not malformed and stays out of the error queue.
/// </summary>
public sealed class MalformedCommandException(string reason) : Exception(reason);
