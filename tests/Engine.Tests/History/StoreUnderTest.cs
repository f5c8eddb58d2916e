using CaseFlow.Engine.Definitions;
using CaseFlow.Engine.History;

namespace CaseFlow.Engine.Tests.History;

/// <summary>
/// A fresh, initialised store of one kind for a store contract test: a new SQLite file or a new PostgreSQL database, removed on
/// dispose. Fixtures are parameterised with <see cref="Sqlite"/> and <see cref="Postgres"/>, so every contract test runs on both.
/// </summary>
internal sealed class StoreUnderTest : IAsyncDisposable
{
    public const string Sqlite = "Sqlite";
    public const string Postgres = "Postgres";

    private readonly List<ICaseStore> _opened = [];
    private readonly TemporaryDatabase? _file;
    private readonly string? _postgres;

    private StoreUnderTest(string kind, TemporaryDatabase? file, string? postgres)
    {
        Kind = kind;
        _file = file;
        _postgres = postgres;
        Store = Reopen();
    }

    public string Kind { get; }

    /// <summary>The store (the case store is the definition store too, for both kinds).</summary>
    public ICaseStore Store { get; }

    public IDefinitionStore Definitions => (IDefinitionStore)Store;

    /// <summary>The SQLite file (SQLite only).</summary>
    public string SqliteFile => _file?.Path ?? throw new InvalidOperationException("not a SQLite store");

    /// <summary>The PostgreSQL database's connection string (PostgreSQL only).</summary>
    public string PostgresConnectionString => _postgres ?? throw new InvalidOperationException("not a PostgreSQL store");

    public static async Task<StoreUnderTest> CreateAsync(string kind)
    {
        var store = kind switch
        {
            Sqlite => new StoreUnderTest(kind, new TemporaryDatabase(), null),
            Postgres => new StoreUnderTest(kind, null, await PostgresTestServer.CreateDatabaseAsync()),
            _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "a store kind is Sqlite or Postgres"),
        };
        await store.Store.InitialiseAsync();
        return store;
    }

    /// <summary>
    /// Another store object on the same database, as another instance (or a restart) would open it, committing appends as
    /// <paramref name="groupCommit"/> says (the default when null) and keeping the assessment facts of as many recently appended
    /// cases as <paramref name="recentFacts"/> says (the default when null); not yet initialised.
    /// </summary>
    public ICaseStore Reopen(GroupCommitSettings? groupCommit = null, int? recentFacts = null)
    {
        var facts = recentFacts ?? CaseFlow.Engine.Cases.CaseStateCache.DefaultCapacity;
        ICaseStore store = _file is not null
            ? new SqliteCaseStore(SqliteCaseStore.FileConnectionString(_file.Path), groupCommit: groupCommit) { RecentFactsCapacity = facts }
            : new PostgresCaseStore(_postgres!, groupCommit) { RecentFactsCapacity = facts };
        _opened.Add(store);
        return store;
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var store in _opened.OfType<IAsyncDisposable>())
        {
            await store.DisposeAsync();
        }

        _file?.Dispose();
        if (_postgres is not null)
        {
            await PostgresTestServer.DropDatabaseAsync(_postgres);
        }
    }
}
