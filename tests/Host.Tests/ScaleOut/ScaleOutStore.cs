using CaseFlow.Engine.History;
using CaseFlow.Host.Tests.Startup;

namespace CaseFlow.Host.Tests.ScaleOut;

/// <summary>
/// The one database every instance of a scale-out test shares, fresh for each test: a SQLite file (WAL works across processes
/// on one machine), or a PostgreSQL database of its own on the server test.sh starts (CASEFLOW_TEST_POSTGRES; missing, the test fails).
/// </summary>
internal abstract class ScaleOutStore : IAsyncDisposable
{
    public const string Sqlite = "Sqlite";

    public const string Postgres = "Postgres";

    /// <summary>The store named by a fixture argument.</summary>
    public static async Task<ScaleOutStore> CreateAsync(string kind) => kind switch
    {
        Sqlite => new SqliteScaleOutStore(),
        Postgres => new PostgresScaleOutStore(await PostgresTestDatabase.CreateAsync()),
        _ => throw new ArgumentException($"unknown store '{kind}': the scale-out fixtures run on {Sqlite} or {Postgres}", nameof(kind)),
    };

    /// <summary>The host's settings (environment variables) that point it at this database.</summary>
    public abstract IReadOnlyDictionary<string, string> HostSettings { get; }

    /// <summary>The engine's own store class over the same database, for the test's counts and chain verification.</summary>
    public abstract ICaseStore Open();

    public abstract ValueTask DisposeAsync();
}

/// <summary>A SQLite file in the temporary folder, removed afterwards.</summary>
internal sealed class SqliteScaleOutStore : ScaleOutStore
{
    private readonly string _path = CaseFlowFactory.NewDatabasePath();

    public override IReadOnlyDictionary<string, string> HostSettings => new Dictionary<string, string> { ["CaseFlow__Database"] = _path };

    public override ICaseStore Open() => SqliteCaseStore.ForFile(_path);

    public override ValueTask DisposeAsync()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        CaseFlowFactory.DeleteDatabase(_path);
        return ValueTask.CompletedTask;
    }
}

/// <summary>A fresh PostgreSQL database, dropped afterwards; the server can be restarted under the instances.</summary>
internal sealed class PostgresScaleOutStore(PostgresTestDatabase database) : ScaleOutStore
{
    private const string Control = "CASEFLOW_TEST_POSTGRES_CTL";
    private readonly List<PostgresCaseStore> _opened = [];

    public override IReadOnlyDictionary<string, string> HostSettings => new Dictionary<string, string>
    {
        ["CaseFlow__Store"] = "Postgres",
        ["CaseFlow__Postgres__ConnectionString"] = database.ConnectionString,
    };

    public override ICaseStore Open()
    {
        var store = new PostgresCaseStore(database.ConnectionString);
        _opened.Add(store);
        return store;
    }

    /// <summary>
    /// Restarts the PostgreSQL server (pg_ctl restart -m fast: every connection is cut) with the command test.sh exports in
    /// CASEFLOW_TEST_POSTGRES_CTL; fails, saying so, when it is not set.
    /// </summary>
    public static void Restart()
    {
        var control = Environment.GetEnvironmentVariable(Control) is { Length: > 0 } value
            ? value
            : throw new AssertionException($"{Control} is not set, so the PostgreSQL server cannot be restarted. Run ./test.sh (it starts a throwaway cluster and sets it), or set {Control} to the server's pg_ctl command (without the action).");
        var start = new System.Diagnostics.ProcessStartInfo("/bin/sh", ["-c", $"{control} restart -m fast"])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        using var process = System.Diagnostics.Process.Start(start)!;
        var output = process.StandardOutput.ReadToEnd() + process.StandardError.ReadToEnd();
        process.WaitForExit();
        if (process.ExitCode != 0)
        {
            throw new AssertionException($"restarting PostgreSQL failed ({process.ExitCode}): {output.Trim()}");
        }
    }

    public override async ValueTask DisposeAsync()
    {
        foreach (var store in _opened)
        {
            await store.DisposeAsync();
        }

        await database.DisposeAsync();
    }
}
