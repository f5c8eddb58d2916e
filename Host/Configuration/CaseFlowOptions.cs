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

    /// <summary>
    /// The definition file. A relative path is looked up beside the program, then in the folders above it (nearest first): a
    /// published service reads the copy published beside it, a build run from the repository (<c>dotnet run --project Host</c>) the
    /// repository's own workflows.json, the file an administrator edits. The working directory is not consulted; a relative path
    /// typed on a command line is made absolute from the folder it was typed in.
    /// </summary>
    [Required(ErrorMessage = "CaseFlow:Definition must name the workflows.json file")]
    public string Definition { get; set; } = "workflows.json";

    /// <summary>The message transport: InMemory (the embedded default) or RabbitMq (settings under CaseFlow:RabbitMq).</summary>
    [AllowedValues(InMemoryTransport, RabbitMqTransport, ErrorMessage = "CaseFlow:Transport must be InMemory or RabbitMq")]
    public string Transport { get; set; } = InMemoryTransport;

    /// <summary>The in-memory transport: one process, nothing to install.</summary>
    public const string InMemoryTransport = "InMemory";

    /// <summary>The RabbitMQ transport.</summary>
    public const string RabbitMqTransport = "RabbitMq";

    /// <summary>The definition file's full path: as given when absolute, else the nearest of the program's folder and those above it that holds it.</summary>
    public string ResolveDefinitionPath()
    {
        if (Path.IsPathRooted(Definition))
        {
            return Path.GetFullPath(Definition);
        }

        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            var candidate = Path.Combine(folder.FullName, Definition);
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }

        return Path.Combine(AppContext.BaseDirectory, Definition);
    }
}
