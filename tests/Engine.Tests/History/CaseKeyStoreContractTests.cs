using CaseFlow.Engine.Privacy;

namespace CaseFlow.Engine.Tests.History;

/// <summary>What every store does with cases' wrapped data keys and their erasures, run against each kind.</summary>
[TestFixture(StoreUnderTest.Sqlite)]
[TestFixture(StoreUnderTest.Postgres)]
public class CaseKeyStoreContractTests(string kind) : CaseStoreFixture(kind)
{
    private static readonly DateTimeOffset Monday = new(2026, 11, 23, 9, 0, 0, TimeSpan.FromHours(8));

    private ICaseKeyStore Keys => (ICaseKeyStore)Store;

    [Test]
    public async Task AddKeyAsync_ThenReadKeysAsync_KeepsTheKeyAndOnlyTheFirstOne()
    {
        var id = Guid.NewGuid();
        var first = await Keys.AddKeyAsync(new CaseKey(id, "k1", [1, 2, 3], Monday));
        var second = await Keys.AddKeyAsync(new CaseKey(id, "k2", [4, 5, 6], Monday.AddHours(1)));

        var found = await Keys.ReadKeysAsync([id, Guid.NewGuid()]);

        Assert.Multiple(() =>
        {
            Assert.That((first, second), Is.EqualTo((true, false)));
            Assert.That(found.Keys, Is.EqualTo(new[] { id }));
            Assert.That(found[id].MasterKeyId, Is.EqualTo("k1"));
            Assert.That(found[id].Wrapped, Is.EqualTo(new byte[] { 1, 2, 3 }));
            Assert.That(found[id].CreatedAt, Is.EqualTo(Monday));
            Assert.That(found[id].Erasure, Is.Null);
        });
    }

    [Test]
    public async Task ReadKeysAsync_MoreCasesThanOneQueryAsksFor_FindsEveryKeyOnce()
    {
        // More ids than one query binds (the store asks in chunks), given with a repeat: every key is found, in no chunk twice.
        var ids = Enumerable.Range(0, 1100).Select(_ => Guid.NewGuid()).ToList();
        var withKeys = ids.Where((_, i) => i % 2 == 0).ToList();
        foreach (var id in withKeys)
        {
            await Keys.AddKeyAsync(new CaseKey(id, "k1", id.ToByteArray(), Monday));
        }

        var found = await Keys.ReadKeysAsync([.. ids, ids[^2]]);

        Assert.Multiple(() =>
        {
            Assert.That(found.Keys, Is.EquivalentTo(withKeys));
            Assert.That(found.All(k => k.Value.Wrapped!.SequenceEqual(k.Key.ToByteArray())), Is.True, "each case's own key");
        });
    }

    [Test]
    public async Task EraseKeyAsync_DestroysTheKeyOnceAndRecordsWhoAndWhy()
    {
        var id = Guid.NewGuid();
        await Keys.AddKeyAsync(new CaseKey(id, "k1", [1, 2, 3], Monday));
        var erasure = new Erasure { CaseId = id, At = Monday.AddDays(1), By = "dpo", Reason = "本人申请删除" };

        var erased = await Keys.EraseKeyAsync(erasure);
        var again = await Keys.EraseKeyAsync(erasure with { By = "someone-else" });
        var found = (await Keys.ReadKeysAsync([id]))[id];
        var listed = await Keys.ListErasuresAsync(Monday, Monday.AddDays(2), 10);

        Assert.Multiple(() =>
        {
            Assert.That((erased, again), Is.EqualTo((true, false)));
            Assert.That(found.Wrapped, Is.Null);
            Assert.That(found.Erasure, Is.EqualTo(erasure));
            Assert.That(listed, Is.EqualTo(new[] { erasure }));
        });
    }

    [Test]
    public async Task EraseKeyAsync_CaseWithoutKey_IsFalse() =>
        Assert.That(await Keys.EraseKeyAsync(new Erasure { CaseId = Guid.NewGuid(), At = Monday, By = "dpo", Reason = "r" }), Is.False);

    [Test]
    public async Task RewrapKeyAsync_ReplacesOnlyWhatTheOldKeyStillWrapsAndNeverAnErasedKey()
    {
        var (live, erased) = (Guid.NewGuid(), Guid.NewGuid());
        await Keys.AddKeyAsync(new CaseKey(live, "k1", [1], Monday));
        await Keys.AddKeyAsync(new CaseKey(erased, "k1", [2], Monday));
        await Keys.EraseKeyAsync(new Erasure { CaseId = erased, At = Monday, By = "dpo", Reason = "r" });

        var pending = await Keys.ReadKeysNotWrappedWithAsync("k2", 10);
        var moved = await Keys.RewrapKeyAsync(live, "k1", "k2", [9]);
        var stale = await Keys.RewrapKeyAsync(live, "k1", "k3", [8]);
        var erasedMoved = await Keys.RewrapKeyAsync(erased, "k1", "k2", [7]);
        var found = await Keys.ReadKeysAsync([live, erased]);

        Assert.Multiple(() =>
        {
            Assert.That(pending.Select(k => k.CaseId), Is.EqualTo(new[] { live }));
            Assert.That((moved, stale, erasedMoved), Is.EqualTo((true, false, false)));
            Assert.That(found[live].MasterKeyId, Is.EqualTo("k2"));
            Assert.That(found[live].Wrapped, Is.EqualTo(new byte[] { 9 }));
            Assert.That(found[erased].Wrapped, Is.Null);
        });
    }

    [Test]
    public async Task MasterKeysInUseAsync_CountsOnlyUnerasedKeys()
    {
        var (a, b) = (Guid.NewGuid(), Guid.NewGuid());
        await Keys.AddKeyAsync(new CaseKey(a, "k1", [1], Monday));
        await Keys.AddKeyAsync(new CaseKey(b, "k2", [2], Monday));
        await Keys.EraseKeyAsync(new Erasure { CaseId = b, At = Monday, By = "dpo", Reason = "r" });

        Assert.That(await Keys.MasterKeysInUseAsync(), Is.EquivalentTo(new[] { "k1" }));
    }
}
