using CaseFlow.Engine.History;

namespace CaseFlow.Host.Tests.ScaleOut;

/// <summary>
/// The one database every instance of a scale-out test shares, fresh for each test: a SQLite file (WAL works across processes
/// on one machine), and — once the PostgreSQL store is wired into the host — a PostgreSQL database.
/// </summary>
internal abstract class ScaleOutStore : IDisposable
{
    public const string Sqlite = "Sqlite";

    /// <summary>The store named by a fixture argument.</summary>
    public static ScaleOutStore Create(string kind) => kind switch
    {
        Sqlite => new SqliteScaleOutStore(),
        _ => throw new ArgumentException($"unknown store '{kind}': the scale-out fixtures run on {Sqlite}", nameof(kind)),
    };

    /// <summary>The host's settings (environment variables) that point it at this database.</summary>
    public abstract IReadOnlyDictionary<string, string> HostSettings { get; }

    /// <summary>The engine's own store class over the same database, for the test's counts and chain verification.</summary>
    public abstract ICaseStore Open();

    public abstract void Dispose();
}

/// <summary>A SQLite file in the temporary folder, removed afterwards.</summary>
internal sealed class SqliteScaleOutStore : ScaleOutStore
{
    private readonly string _path = CaseFlowFactory.NewDatabasePath();

    public override IReadOnlyDictionary<string, string> HostSettings => new Dictionary<string, string> { ["CaseFlow__Database"] = _path };

    public override ICaseStore Open() => SqliteCaseStore.ForFile(_path);

    public override void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        CaseFlowFactory.DeleteDatabase(_path);
    }
}
