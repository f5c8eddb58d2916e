using CaseFlow.Engine.Definitions;
using CaseFlow.Engine.History;

namespace CaseFlow.Engine.Tests.History;

/// <summary>A fresh store of one kind for each test (SQLite file or PostgreSQL database), removed afterwards.</summary>
/// <param name="kind">The kind, from the fixture's argument (see <see cref="StoreUnderTest"/>).</param>
public abstract class CaseStoreFixture(string kind)
{
    private StoreUnderTest? _subject;

    /// <summary>The kind of store under test.</summary>
    protected string Kind { get; } = kind;

    /// <summary>The store under test, with its file or database and a way to open it again (another instance).</summary>
    internal StoreUnderTest Subject => _subject ?? throw new InvalidOperationException("the store is opened in set-up");

    /// <summary>The store under test.</summary>
    protected ICaseStore Store => Subject.Store;

    /// <summary>The definition versions the store under test keeps beside the cases.</summary>
    protected IDefinitionStore Definitions => (IDefinitionStore)Subject.Store;

    [SetUp]
    public async Task OpenStore() => _subject = await StoreUnderTest.CreateAsync(Kind);

    [TearDown]
    public async Task DeleteStore()
    {
        // Null when the set-up failed (no PostgreSQL server, say): its own message is the one to read.
        if (_subject is { } subject)
        {
            _subject = null;
            await subject.DisposeAsync();
        }
    }
}
