namespace CaseFlow.Engine;

/// <summary>
/// This running engine among others sharing one store: the name its claims on timers and outbox messages are recorded under,
/// so an operator can tell which instance held what.
/// </summary>
public sealed class EngineInstance
{
    /// <summary>A name for this process: host, process id and a random suffix (a restarted process is a new instance).</summary>
    public string Id { get; } = $"{Environment.MachineName}/{Environment.ProcessId}/{Guid.NewGuid().ToString("N")[..8]}";
}
