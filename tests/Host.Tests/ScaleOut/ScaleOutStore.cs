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

    /// <summary>PostgreSQL on a cluster of the test's own, which it may restart without touching the server other tests share.</summary>
    public const string PostgresOwnServer = "PostgresOwnServer";

    /// <summary>The store named by a fixture argument.</summary>
    public static async Task<ScaleOutStore> CreateAsync(string kind) => kind switch
    {
        Sqlite => new SqliteScaleOutStore(),
        Postgres => new PostgresScaleOutStore(await PostgresTestDatabase.CreateAsync()),
        PostgresOwnServer => await PostgresScaleOutStore.OnOwnServerAsync(),
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
internal sealed class PostgresScaleOutStore(PostgresTestDatabase database, PrivatePostgresCluster? server = null) : ScaleOutStore
{
    private readonly List<PostgresCaseStore> _opened = [];

    /// <summary>A database on a cluster started for this test alone.</summary>
    public static async Task<PostgresScaleOutStore> OnOwnServerAsync()
    {
        var server = PrivatePostgresCluster.Start();
        try
        {
            return new PostgresScaleOutStore(await PostgresTestDatabase.CreateAsync(server.ConnectionString), server);
        }
        catch
        {
            await server.DisposeAsync();
            throw;
        }
    }

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
    /// Restarts the PostgreSQL server under the instances (pg_ctl restart -m fast: every connection is cut); only a store on its own
    /// server may, since every other test shares test.sh's server.
    /// </summary>
    public void Restart()
    {
        if (server is null)
        {
            throw new AssertionException($"this database is on the server other tests share; restart tests use {PostgresOwnServer}");
        }

        server.Restart();
    }

    public override async ValueTask DisposeAsync()
    {
        foreach (var store in _opened)
        {
            await store.DisposeAsync();
        }

        await database.DisposeAsync();
        if (server is not null)
        {
            await server.DisposeAsync();
        }
    }
}
