using System.ComponentModel.DataAnnotations;

namespace CaseFlow.Host.Configuration;

/// <summary>The service's settings (section "CaseFlow"; environment variables CaseFlow__Database and so on).</summary>
public sealed class CaseFlowOptions
{
    /// <summary>The configuration section.</summary>
    public const string Section = "CaseFlow";

    /// <summary>Where case histories are kept: Sqlite (one file, the embedded default) or Postgres (settings under CaseFlow:Postgres).</summary>
    [AllowedValues(SqliteStore, PostgresStore, ErrorMessage = "CaseFlow:Store must be Sqlite or Postgres")]
    public string Store { get; set; } = SqliteStore;

    /// <summary>The embedded store: one SQLite file (CaseFlow:Database), one instance.</summary>
    public const string SqliteStore = "Sqlite";

    /// <summary>The shared store: a PostgreSQL database (CaseFlow:Postgres:ConnectionString) that several instances use at once.</summary>
    public const string PostgresStore = "Postgres";

    /// <summary>The SQLite file holding case histories (created when missing), when the store is Sqlite.</summary>
    [Required(ErrorMessage = "CaseFlow:Database must name the SQLite file, e.g. caseflow.db")]
    public string Database { get; set; } = "caseflow.db";

    /// <summary>The definition file; relative paths are looked up in the working directory, then beside the program.</summary>
    [Required(ErrorMessage = "CaseFlow:Definition must name the workflows.json file")]
    public string Definition { get; set; } = "workflows.json";

    /// <summary>The message transport: InMemory (the embedded default) or RabbitMq (settings under CaseFlow:RabbitMq).</summary>
    [AllowedValues(InMemoryTransport, RabbitMqTransport, ErrorMessage = "CaseFlow:Transport must be InMemory or RabbitMq")]
    public string Transport { get; set; } = InMemoryTransport;

    /// <summary>The in-memory transport: one process, nothing to install.</summary>
    public const string InMemoryTransport = "InMemory";

    /// <summary>The RabbitMQ transport.</summary>
    public const string RabbitMqTransport = "RabbitMq";

    /// <summary>The definition file's full path: as given when it exists, else beside the program.</summary>
    public string ResolveDefinitionPath()
    {
        if (Path.IsPathRooted(Definition) || File.Exists(Definition))
        {
            return Path.GetFullPath(Definition);
        }

        return Path.Combine(AppContext.BaseDirectory, Definition);
    }
}
