using CaseFlow.Engine.Cases;
using CaseFlow.Engine.History;
using CaseFlow.Host.Configuration;
using Microsoft.Extensions.Options;
using Npgsql;

namespace CaseFlow.Host.Startup;

/// <summary>
/// Opens the case store the configuration names (CaseFlow:Store), for the service and for every verb alike, so that they all read
/// and write the same histories. A setting that cannot work is refused here, by name, before anything starts.
/// </summary>
public static class CaseStoreFactory
{
    /// <summary>The configured store, not yet initialised (the service initialises it at start, a verb before its first use).</summary>
    public static ICaseStore Create(IConfiguration configuration)
    {
        var (options, postgres, sqlite) = Read(configuration);
        var groupCommit = ReadGroupCommit(configuration);

        // The store keeps the assessment facts of as many recently appended cases as the case service keeps states, and the parsed
        // cases of the assessment's projection up to their own bound.
        var caches = configuration.GetSection(CaseStateCacheOptions.Section).Get<CaseStateCacheOptions>() ?? new CaseStateCacheOptions();
        var (recent, assessed) = (Math.Max(0, caches.StateCacheSize), Math.Max(0, caches.AssessmentCacheSize));
        return options.Store == CaseFlowOptions.PostgresStore
            ? new PostgresCaseStore(postgres.ConnectionString!, groupCommit) { RecentFactsCapacity = recent, ProjectedCacheCapacity = assessed }
            : new SqliteCaseStore(SqliteCaseStore.FileConnectionString(options.Database), sqlite, groupCommit) { RecentFactsCapacity = recent, ProjectedCacheCapacity = assessed };
    }

    /// <summary>Where the configured store keeps its histories, for people: the SQLite file's full path, or the PostgreSQL server and database (never the password).</summary>
    public static string Describe(IConfiguration configuration)
    {
        var (options, postgres, _) = Read(configuration);
        if (options.Store != CaseFlowOptions.PostgresStore)
        {
            return Path.GetFullPath(options.Database);
        }

        var settings = new NpgsqlConnectionStringBuilder(postgres.ConnectionString);
        return $"PostgreSQL database '{settings.Database ?? settings.Username}' at {settings.Host}:{settings.Port}";
    }

    private static (CaseFlowOptions Options, PostgresOptions Postgres, SqliteSynchronous Synchronous) Read(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var options = configuration.GetSection(CaseFlowOptions.Section).Get<CaseFlowOptions>() ?? new CaseFlowOptions();
        var postgres = configuration.GetSection(PostgresOptions.Section).Get<PostgresOptions>() ?? new PostgresOptions();
        var sqlite = configuration.GetSection(SqliteOptions.Section).Get<SqliteOptions>() ?? new SqliteOptions();
        var synchronous = sqlite.Parsed();
        var problem = options.Store switch
        {
            CaseFlowOptions.SqliteStore when string.IsNullOrWhiteSpace(options.Database) => "CaseFlow:Database must name the SQLite file, e.g. caseflow.db",
            CaseFlowOptions.SqliteStore when synchronous is null =>
                $"CaseFlow:Sqlite:Synchronous must be Full (the default: a command is acknowledged only once its events are on disk) or Normal (faster, but a power cut or an operating-system crash may lose commands already acknowledged) (it is '{sqlite.Synchronous}')",
            CaseFlowOptions.SqliteStore => null,
            CaseFlowOptions.PostgresStore => ConnectionStringProblem(postgres.ConnectionString),
            _ => $"CaseFlow:Store must be {CaseFlowOptions.SqliteStore} or {CaseFlowOptions.PostgresStore} (it is '{options.Store}')",
        };
        if (problem is not null)
        {
            throw new OptionsValidationException(CaseFlowOptions.Section, typeof(CaseFlowOptions), [problem]);
        }

        return (options, postgres, synchronous ?? SqliteSynchronous.Full);
    }

    /// <summary>How appends are committed (CaseFlow:GroupCommit:Enabled and MaxBatch), refused by setting name when it cannot work.</summary>
    private static GroupCommitSettings ReadGroupCommit(IConfiguration configuration)
    {
        const string Section = CaseFlowOptions.Section + ":GroupCommit";
        var settings = configuration.GetSection(Section).Get<GroupCommitSettings>() ?? GroupCommitSettings.Default;
        return settings.Problem is { } problem
            ? throw new OptionsValidationException(Section, typeof(GroupCommitSettings), [$"{Section}:{problem}"])
            : settings;
    }

    private static string? ConnectionStringProblem(string? connectionString)
    {
        const string Example = "e.g. Host=127.0.0.1;Port=5432;Database=caseflow;Username=caseflow;Password=… (environment: CaseFlow__Postgres__ConnectionString)";
        if (string.IsNullOrWhiteSpace(connectionString))
        {
            return $"CaseFlow:Postgres:ConnectionString is required when CaseFlow:Store is Postgres, {Example}";
        }

        try
        {
            var settings = new NpgsqlConnectionStringBuilder(connectionString);
            return string.IsNullOrWhiteSpace(settings.Host) ? $"CaseFlow:Postgres:ConnectionString names no Host, {Example}" : null;
        }
        catch (ArgumentException e)
        {
            return $"CaseFlow:Postgres:ConnectionString is not a valid connection string ({e.Message}), {Example}";
        }
    }
}
