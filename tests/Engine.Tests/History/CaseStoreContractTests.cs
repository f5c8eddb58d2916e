using CaseFlow.Engine.Definitions;
using CaseFlow.Engine.History;

namespace CaseFlow.Engine.Tests.History;

/// <summary>What every case store does, run against each kind: histories, snapshots, optimistic concurrency, client keys, definitions.</summary>
[TestFixture(StoreUnderTest.Sqlite)]
[TestFixture(StoreUnderTest.Postgres)]
public class CaseStoreContractTests(string kind) : CaseStoreFixture(kind)
{
    [Test]
    public async Task AppendAsync_ThenReadAsync_KeepsEveryField()
    {
        var caseId = Guid.NewGuid();
        var events = new[] { StoredCase.Submitted(caseId, "key-1"), StoredCase.Busy(caseId, 2), StoredCase.Busy(caseId, 3) };

        await Store.AppendAsync(StoredCase.Snapshot(caseId, "key-1", 1), 0, events[..1]);
        await Store.AppendAsync(StoredCase.Snapshot(caseId, "key-1", 3), 1, events[1..]);
        var read = await Store.ReadAsync(caseId);

        Assert.That(read, Is.EqualTo(events).UsingPropertiesComparer());
        Assert.That(read.Select(e => e.At.Offset), Is.All.EqualTo(TimeSpan.FromHours(8)), "times keep their offset");
    }

    [Test]
    public async Task AppendAsync_Snapshot_IsListedAsStored()
    {
        var caseId = Guid.NewGuid();
        var snapshot = StoredCase.Snapshot(caseId, "key-1", 1);

        await Store.AppendAsync(snapshot, 0, [StoredCase.Submitted(caseId, "key-1")]);

        Assert.That(await Store.ListAsync(), Is.EqualTo(new[] { snapshot }).UsingPropertiesComparer());
    }

    [Test]
    public async Task ReadAsync_UnknownCase_IsEmpty()
    {
        Assert.That(await Store.ReadAsync(Guid.NewGuid()), Is.Empty);
    }

    [Test]
    public async Task AppendAsync_StaleExpectedVersion_ThrowsAndStoresNothing()
    {
        var caseId = Guid.NewGuid();
        await Store.AppendAsync(StoredCase.Snapshot(caseId, "key-1", 1), 0, [StoredCase.Submitted(caseId, "key-1")]);
        await Store.AppendAsync(StoredCase.Snapshot(caseId, "key-1", 2), 1, [StoredCase.Busy(caseId, 2, "first-writer")]);

        Assert.That(
            () => Store.AppendAsync(StoredCase.Snapshot(caseId, "key-1", 2, state: "Lost"), 1, [StoredCase.Busy(caseId, 2, "second-writer")]),
            Throws.TypeOf<ConcurrencyConflictException>().With.Property(nameof(ConcurrencyConflictException.CaseId)).EqualTo(caseId));

        var history = await Store.ReadAsync(caseId);
        var snapshot = (await Store.ListAsync()).Single();
        Assert.Multiple(() =>
        {
            Assert.That(history.Select(e => e.Actor), Is.EqualTo(new[] { "service-hotline", "first-writer" }));
            Assert.That(snapshot.Version, Is.EqualTo(2));
            Assert.That(snapshot.State, Is.EqualTo("JointHandling"));
        });
    }

    [Test]
    public async Task AppendAsync_ExpectedVersionAheadOfTheCase_Throws()
    {
        var caseId = Guid.NewGuid();
        await Store.AppendAsync(StoredCase.Snapshot(caseId, "key-1", 1), 0, [StoredCase.Submitted(caseId, "key-1")]);

        Assert.That(
            () => Store.AppendAsync(StoredCase.Snapshot(caseId, "key-1", 6), 5, [StoredCase.Busy(caseId, 6)]),
            Throws.TypeOf<ConcurrencyConflictException>());
        Assert.That(await Store.ReadAsync(caseId), Has.Count.EqualTo(1));
    }

    [Test]
    public async Task AppendAsync_NewCaseWhoseIdExists_ThrowsConcurrencyConflict()
    {
        var caseId = Guid.NewGuid();
        await Store.AppendAsync(StoredCase.Snapshot(caseId, "key-1", 1), 0, [StoredCase.Submitted(caseId, "key-1")]);

        Assert.That(
            () => Store.AppendAsync(StoredCase.Snapshot(caseId, "key-1", 1), 0, [StoredCase.Submitted(caseId, "key-1")]),
            Throws.TypeOf<ConcurrencyConflictException>());
        Assert.That(await Store.ReadAsync(caseId), Has.Count.EqualTo(1));
    }

    [Test]
    public async Task AppendAsync_SecondCaseWithTheSameClientKey_ThrowsAndStoresNothing()
    {
        var first = Guid.NewGuid();
        var second = Guid.NewGuid();
        await Store.AppendAsync(StoredCase.Snapshot(first, "hotline-0303-17", 1), 0, [StoredCase.Submitted(first, "hotline-0303-17")]);

        Assert.That(
            () => Store.AppendAsync(StoredCase.Snapshot(second, "hotline-0303-17", 1), 0, [StoredCase.Submitted(second, "hotline-0303-17")]),
            Throws.TypeOf<DuplicateClientKeyException>().With.Property(nameof(DuplicateClientKeyException.ClientKey)).EqualTo("hotline-0303-17"));

        Assert.Multiple(async () =>
        {
            Assert.That(await Store.ReadAsync(second), Is.Empty);
            Assert.That(await Store.FindByClientKeyAsync("hotline-0303-17"), Is.EqualTo(first));
            Assert.That(await Store.ListAsync(), Has.Count.EqualTo(1));
        });
    }

    [Test]
    public async Task FindByClientKeyAsync_UnknownKey_IsNull()
    {
        Assert.That(await Store.FindByClientKeyAsync("never-sent"), Is.Null);
    }

    [Test]
    public async Task ListAsync_ByWorkflow_ListsOnlyCasesInIt()
    {
        var handled = Guid.NewGuid();
        var received = Guid.NewGuid();
        await Store.AppendAsync(StoredCase.Snapshot(handled, "key-1", 1, "handle", "Accepted"), 0, [StoredCase.Submitted(handled, "key-1")]);
        await Store.AppendAsync(StoredCase.Snapshot(received, "key-2", 1, "receive", "Submitted"), 0, [StoredCase.Submitted(received, "key-2")]);

        var listed = await Store.ListAsync("handle");

        Assert.That(listed.Select(c => c.Id), Is.EqualTo(new[] { handled }));
    }

    [Test]
    public async Task RegisterDefinitionAsync_SameHashTwice_KeepsOneVersion()
    {
        var first = await Definitions.RegisterDefinitionAsync("hash-a", "{ \"v\": 1 }");
        var again = await Definitions.RegisterDefinitionAsync("hash-a", "{ \"v\": 1 }");

        Assert.That(first, Is.EqualTo(1));
        Assert.That(again, Is.EqualTo(first));
    }

    [Test]
    public async Task RegisterDefinitionAsync_NewHashes_NumberVersionsUpwards()
    {
        var versions = new[]
        {
            await Definitions.RegisterDefinitionAsync("hash-a", "a"),
            await Definitions.RegisterDefinitionAsync("hash-b", "b"),
            await Definitions.RegisterDefinitionAsync("hash-a", "a"),
            await Definitions.RegisterDefinitionAsync("hash-c", "c"),
        };

        Assert.That(versions, Is.EqualTo(new[] { 1, 2, 1, 3 }));
        Assert.That(await Definitions.ReadDefinitionAsync(2), Is.EqualTo("b"));
    }

    [Test]
    public async Task ReadDefinitionAsync_UnknownVersion_IsNull()
    {
        Assert.That(await Definitions.ReadDefinitionAsync(42), Is.Null);
    }

    [Test]
    public async Task NewStoreOnTheSameDatabase_SeesEverythingStored()
    {
        var caseId = Guid.NewGuid();
        var events = new[] { StoredCase.Submitted(caseId, "key-1"), StoredCase.Busy(caseId, 2) };
        await Definitions.RegisterDefinitionAsync("hash-a", "definition text");
        await Store.AppendAsync(StoredCase.Snapshot(caseId, "key-1", 2), 0, events);

        var reopened = Subject.Reopen();
        await reopened.InitialiseAsync();

        Assert.Multiple(async () =>
        {
            Assert.That(await reopened.ReadAsync(caseId), Is.EqualTo(events).UsingPropertiesComparer());
            Assert.That(await reopened.FindByClientKeyAsync("key-1"), Is.EqualTo(caseId));
            Assert.That(await ((IDefinitionStore)reopened).ReadDefinitionAsync(1), Is.EqualTo("definition text"));
            Assert.That(await ((IDefinitionStore)reopened).RegisterDefinitionAsync("hash-b", "next"), Is.EqualTo(2));
        });
    }

    [Test]
    public async Task InitialiseAsync_AgainFromAnotherStore_KeepsEverything()
    {
        var caseId = Guid.NewGuid();
        await Store.AppendAsync(StoredCase.Snapshot(caseId, "key-1", 1), 0, [StoredCase.Submitted(caseId, "key-1")]);
        await Subject.Definitions.PublishDefinitionAsync(new DefinitionDraft("set", "h", "c", new PublicationOrigin("/w.json", "caseflow"), DateTimeOffset.UnixEpoch));

        await Store.InitialiseAsync();
        var other = Subject.Reopen();
        await other.InitialiseAsync();

        Assert.Multiple(async () =>
        {
            Assert.That(await ((IDefinitionStore)other).ReadCurrentDefinitionAsync(), Is.EqualTo(1));
            Assert.That(await other.ReadAsync(caseId), Has.Count.EqualTo(1));
        });
    }
}
