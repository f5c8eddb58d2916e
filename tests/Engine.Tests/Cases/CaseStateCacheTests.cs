using CaseFlow.Engine.Cases;

namespace CaseFlow.Engine.Tests.Cases;

public sealed class CaseStateCacheTests
{
    private static CaseState Case(long version = 1, Guid? id = null) =>
        CaseScenario.Submitted().State with { Id = id ?? Guid.NewGuid(), Version = version };

    [Test]
    public void Find_AfterPut_ReturnsTheStateWithItsDefinition()
    {
        var cache = new CaseStateCache(4);
        var state = Case();

        cache.Put(state, CaseScenario.Definition);

        var found = cache.Find(state.Id);
        Assert.Multiple(() =>
        {
            Assert.That(found?.State, Is.SameAs(state));
            Assert.That(found?.Definition, Is.SameAs(CaseScenario.Definition));
            Assert.That(cache.Find(Guid.NewGuid()), Is.Null);
        });
    }

    [Test]
    public void Put_PastCapacity_DropsTheLeastRecentlyUsedCase()
    {
        var cache = new CaseStateCache(2);
        var (first, second, third) = (Case(), Case(), Case());
        cache.Put(first, CaseScenario.Definition);
        cache.Put(second, CaseScenario.Definition);
        cache.Find(first.Id);

        cache.Put(third, CaseScenario.Definition);

        Assert.Multiple(() =>
        {
            Assert.That(cache.Count, Is.EqualTo(2));
            Assert.That(cache.Find(second.Id), Is.Null, "second was used least recently");
            Assert.That(cache.Find(first.Id), Is.Not.Null);
            Assert.That(cache.Find(third.Id), Is.Not.Null);
        });
    }

    [Test]
    public void Put_AnOlderVersion_KeepsTheLaterOne()
    {
        var cache = new CaseStateCache(2);
        var id = Guid.NewGuid();
        cache.Put(Case(3, id), CaseScenario.Definition);

        cache.Put(Case(2, id), CaseScenario.Definition);

        Assert.That(cache.Find(id)?.State.Version, Is.EqualTo(3));
    }

    [Test]
    public void Put_ALaterVersion_ReplacesTheHeldOne()
    {
        var cache = new CaseStateCache(2);
        var id = Guid.NewGuid();
        cache.Put(Case(2, id), CaseScenario.Definition);

        cache.Put(Case(3, id), CaseScenario.Definition);

        Assert.Multiple(() =>
        {
            Assert.That(cache.Find(id)?.State.Version, Is.EqualTo(3));
            Assert.That(cache.Count, Is.EqualTo(1));
        });
    }

    [Test]
    public void Evict_AStaleVersion_KeepsALaterOneAndDropsAnOlderOne()
    {
        var cache = new CaseStateCache(4);
        var (later, older) = (Case(5), Case(2));
        cache.Put(later, CaseScenario.Definition);
        cache.Put(older, CaseScenario.Definition);

        cache.Evict(later.Id, staleVersion: 4);
        cache.Evict(older.Id, staleVersion: 2);

        Assert.Multiple(() =>
        {
            Assert.That(cache.Find(later.Id), Is.Not.Null, "version 5 was put after version 4 was found stale");
            Assert.That(cache.Find(older.Id), Is.Null);
        });
    }

    [Test]
    public void Evict_AnyVersion_DropsTheCase()
    {
        var cache = new CaseStateCache(4);
        var state = Case(7);
        cache.Put(state, CaseScenario.Definition);

        cache.Evict(state.Id);

        Assert.That((cache.Find(state.Id), cache.Count), Is.EqualTo(((CachedCase?)null, 0)));
    }

    [Test]
    public void Put_WithCapacityZero_HoldsNothing()
    {
        var cache = new CaseStateCache(0);
        var state = Case();

        cache.Put(state, CaseScenario.Definition);

        Assert.That((cache.Find(state.Id), cache.Count), Is.EqualTo(((CachedCase?)null, 0)));
    }

    [Test]
    public void Constructor_NegativeCapacity_Throws() =>
        Assert.That(() => new CaseStateCache(-1), Throws.InstanceOf<ArgumentOutOfRangeException>());

    [Test]
    public async Task Put_FromManyThreads_NeverHoldsMoreThanItsCapacity()
    {
        var cache = new CaseStateCache(50);
        var states = Enumerable.Range(0, 2000).Select(_ => Case()).ToList();

        await Task.WhenAll(Enumerable.Range(0, 4).Select(t => Task.Run(() =>
        {
            foreach (var state in states.Skip(t * 500).Take(500))
            {
                cache.Put(state, CaseScenario.Definition);
                cache.Find(states[Random.Shared.Next(states.Count)].Id);
            }
        })));

        Assert.Multiple(() =>
        {
            Assert.That(cache.Count, Is.EqualTo(50));
            Assert.That(states.Count(s => cache.Find(s.Id) is not null), Is.EqualTo(50));
        });
    }
}
