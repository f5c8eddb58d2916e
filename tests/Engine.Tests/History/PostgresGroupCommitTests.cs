using CaseFlow.Engine.History;
using CaseFlow.Engine.History.Relational;
using Npgsql;

namespace CaseFlow.Engine.Tests.History;

/// <summary>
/// Group commit where only PostgreSQL can show it: an append can be stopped after it is written and before its batch commits (a
/// lock held elsewhere), so what its caller's cancellation does then is observable.
/// </summary>
public class PostgresGroupCommitTests
{
    private StoreUnderTest? _subject;

    [SetUp]
    public async Task OpenStore() => _subject = await StoreUnderTest.CreateAsync(StoreUnderTest.Postgres);

    [TearDown]
    public async Task DeleteStore()
    {
        if (_subject is { } subject)
        {
            _subject = null;
            await subject.DisposeAsync();
        }
    }

    [Test]
    public async Task AppendAsync_CancelledOnceWrittenIntoItsBatch_WaitsForTheCommitAndIsStored()
    {
        var subject = _subject!;
        var caseId = Guid.NewGuid();
        using var cancellation = new CancellationTokenSource();

        Task<string?> append;
        await using (await HeldWrites.TakeAsync(subject))
        {
            append = CaseStoreGroupCommitContractTests.Outcome(
                subject.Store.AppendAsync(StoredCase.Snapshot(caseId, "key-1", 1), 0, [StoredCase.Submitted(caseId, "key-1")], cancellationToken: cancellation.Token),
                "stored");
            await WaitForABlockedWriterAsync(subject);
            await cancellation.CancelAsync();
            await Task.Delay(100);
            Assert.That(append.IsCompleted, Is.False, "written: it waits for its batch");
        }

        Assert.Multiple(async () =>
        {
            Assert.That(await append, Is.EqualTo("stored"), "its events are committed, so it reports them stored");
            Assert.That(await subject.Store.ReadAsync(caseId), Has.Count.EqualTo(1));
            Assert.That(((RelationalCaseStore)subject.Store).Committer.Commits, Is.EqualTo(1));
        });
    }

    /// <summary>Waits until a statement of the store's is waiting for a lock: the append has been taken and is being written.</summary>
    private static async Task WaitForABlockedWriterAsync(StoreUnderTest subject)
    {
        await using var connection = new NpgsqlConnection(subject.PostgresConnectionString);
        await connection.OpenAsync();
        await using var waiting = new NpgsqlCommand("SELECT count(*) FROM pg_locks WHERE NOT granted AND relation = 'cases'::regclass", connection);
        var deadline = DateTime.UtcNow.AddSeconds(10);
        while ((long)(await waiting.ExecuteScalarAsync())! == 0)
        {
            Assert.That(DateTime.UtcNow, Is.LessThan(deadline), "within 10 s, the append waits for the held lock");
            await Task.Delay(5);
        }
    }
}
