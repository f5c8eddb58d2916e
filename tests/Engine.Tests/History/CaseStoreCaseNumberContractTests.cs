using CaseFlow.Engine.History;

namespace CaseFlow.Engine.Tests.History;

/// <summary>
/// The case numbers' counters, on each kind of store: a day's sequence counts 1, 2, 3 per code and day, and instances on one
/// database taking numbers at the same moment never get the same one.
/// </summary>
[TestFixture(StoreUnderTest.Sqlite)]
[TestFixture(StoreUnderTest.Postgres)]
public class CaseStoreCaseNumberContractTests(string kind) : CaseStoreFixture(kind)
{
    private static readonly DateOnly Day = new(2026, 12, 1);

    [Test]
    public async Task NextCaseNumberAsync_ADaysNumbers_CountFromOnePerCodeAndDay()
    {
        var taken = new List<long>
        {
            await Store.NextCaseNumberAsync("YHWX", Day),
            await Store.NextCaseNumberAsync("YHWX", Day),
            await Store.NextCaseNumberAsync("YHWX", Day.AddDays(1)),
            await Store.NextCaseNumberAsync("ABCD", Day),
            await Store.NextCaseNumberAsync("YHWX", Day),
        };

        Assert.That(taken, Is.EqualTo(new long[] { 1, 2, 1, 1, 3 }));
    }

    [Test]
    public async Task NextCaseNumberAsync_AfterAReopen_CarriesOn()
    {
        await Store.NextCaseNumberAsync("YHWX", Day);
        await Store.NextCaseNumberAsync("YHWX", Day);

        var reopened = Subject.Reopen();
        await reopened.InitialiseAsync();

        Assert.That(await reopened.NextCaseNumberAsync("YHWX", Day), Is.EqualTo(3));
    }

    [Test]
    public async Task NextCaseNumberAsync_InstancesTakingNumbersAtOnce_NeverGetTheSameOne()
    {
        const int instances = 4;
        const int each = 40;
        var stores = Enumerable.Range(0, instances).Select(_ => Subject.Reopen()).ToList();
        using var start = new Barrier(instances);

        var taken = await Task.WhenAll(stores.Select(store => Task.Run(async () =>
        {
            start.SignalAndWait();
            var mine = new List<long>();
            for (var i = 0; i < each; i++)
            {
                mine.Add(await store.NextCaseNumberAsync("YHWX", Day));
            }

            return mine;
        })));

        var all = taken.SelectMany(t => t).Order().ToList();
        Assert.Multiple(() =>
        {
            Assert.That(all, Is.EqualTo(Enumerable.Range(1, instances * each).Select(i => (long)i)), "each of 1 … 160 once: none twice, none skipped");
            Assert.That(taken, Has.All.Count.EqualTo(each));
        });
    }
}
