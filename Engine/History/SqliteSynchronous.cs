namespace CaseFlow.Engine.History;

/// <summary>
/// When SQLite makes a commit durable (its <c>synchronous</c> setting, in WAL mode): the choice between an acknowledgement that
/// survives a power cut and a faster one that may not.
/// </summary>
public enum SqliteSynchronous
{
    /// <summary>
    /// The default: every commit waits for the write-ahead log to reach the disk, so a command is acknowledged only once its events
    /// would survive a power cut or an operating-system crash.
    /// </summary>
    Full = 2,

    /// <summary>
    /// Commits wait only for the operating system, not the disk: faster, still consistent after a crash of the service alone, but a
    /// power cut or an operating-system crash may lose the last commands the service already acknowledged.
    /// </summary>
    Normal = 1,
}
