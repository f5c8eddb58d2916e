namespace CaseFlow.Engine.Messaging;

/// <summary>A message whose body is larger than the command queue accepts.</summary>
public sealed class MessageTooLargeException(long size, long limit)
    : Exception($"the message body is {size} bytes; commands may be at most {limit} bytes")
{
    /// <summary>The body size.</summary>
    public long Size { get; } = size;
}
