namespace CaseFlow.Engine.Messaging;

/// <summary>
/// Thrown by a consumer after it has rejected a command whose data was missing or wrong, so that the message also ends in the
/// endpoint's error queue with the reason in its headers. A command refused only because of the case's state is not malformed.
/// </summary>
public sealed class MalformedCommandException(string reason) : Exception(reason);
