using CaseFlow.Engine.History;

namespace CaseFlow.Host.Configuration;

/// <summary>
/// The embedded store's durability (section "CaseFlow:Sqlite"; environment CaseFlow__Sqlite__Synchronous), used when CaseFlow:Store
/// is Sqlite.
/// </summary>
public sealed class SqliteOptions
{
    /// <summary>The configuration section.</summary>
    public const string Section = "CaseFlow:Sqlite";

    /// <summary>
    /// When a commit counts as durable: <c>Full</c> (the default: a command is acknowledged only once its events are on disk) or
    /// <c>Normal</c> (faster; a power cut or an operating-system crash may lose the last commands already acknowledged).
    /// </summary>
    public string Synchronous { get; set; } = nameof(SqliteSynchronous.Full);

    /// <summary>The setting read case-insensitively by name (never by number); null when it names neither.</summary>
    public SqliteSynchronous? Parsed() =>
        Enum.GetValues<SqliteSynchronous>().Cast<SqliteSynchronous?>()
            .FirstOrDefault(s => string.Equals(s.ToString(), Synchronous?.Trim(), StringComparison.OrdinalIgnoreCase));
}
