using CaseFlow.Engine.Audit;
using CaseFlow.Engine.Cases;
using CaseFlow.Engine.History;

namespace CaseFlow.Engine.Tests.History;

/// <summary>
/// Paged reads, on each kind of store: page after page of cases, events and disclosures, each resuming after the last position of
/// the one before, lists every item once, in order, ties included.
/// </summary>
[TestFixture(StoreUnderTest.Sqlite)]
[TestFixture(StoreUnderTest.Postgres)]
public class CaseStorePagingContractTests(string kind) : CaseStoreFixture(kind)
{
    private static readonly DateTimeOffset Monday = new(2026, 11, 23, 9, 0, 0, TimeSpan.Zero);

    [Test]
    public async Task ListPageAsync_PageAfterPage_ListsEveryCaseOnceNewestFirstTiesByIdDescending()
    {
        var cases = new List<CaseState>();
        for (var i = 0; i < 8; i++)
        {
            // Pairs updated at the same instant: the case id breaks the tie, so no page boundary loses or repeats one.
            var snapshot = StoredCase.Snapshot(Guid.NewGuid(), $"key-{i}", 1) with { UpdatedAt = Monday.AddMinutes(i / 2) };
            await Store.AppendAsync(snapshot, 0, [StoredCase.Submitted(snapshot.Id, snapshot.ClientKey)]);
            cases.Add(snapshot);
        }

        var pages = new List<IReadOnlyList<CaseState>>();
        CaseListPosition? after = null;
        do
        {
            pages.Add(await Store.ListPageAsync(CaseFilter.None, after, 3));
            after = pages[^1].Count == 3 ? CaseListPosition.Of(pages[^1][^1]) : null;
        }
        while (after is not null);

        var expected = cases.OrderByDescending(c => c.UpdatedAt).ThenByDescending(c => c.Id.ToString(), StringComparer.Ordinal).Select(c => c.Id);
        Assert.Multiple(() =>
        {
            Assert.That(pages.Select(p => p.Count), Is.EqualTo(new[] { 3, 3, 2 }));
            Assert.That(pages.SelectMany(p => p).Select(c => c.Id), Is.EqualTo(expected));
        });
    }

    [Test]
    public async Task ListPageAsync_OneWorkflow_PagesOnlyItsCases()
    {
        for (var i = 0; i < 5; i++)
        {
            var snapshot = StoredCase.Snapshot(Guid.NewGuid(), $"key-{i}", 1, workflow: i % 2 == 0 ? "handle" : "dispatch") with { UpdatedAt = Monday.AddMinutes(i) };
            await Store.AppendAsync(snapshot, 0, [StoredCase.Submitted(snapshot.Id, snapshot.ClientKey)]);
        }

        var first = await Store.ListPageAsync(new CaseFilter { Workflow = "handle" }, null, 2);
        var second = await Store.ListPageAsync(new CaseFilter { Workflow = "handle" }, CaseListPosition.Of(first[^1]), 2);

        Assert.Multiple(() =>
        {
            Assert.That(first.Concat(second).Select(c => c.ClientKey), Is.EqualTo(new[] { "key-4", "key-2", "key-0" }));
            Assert.That(first.Concat(second).Select(c => c.Workflow), Is.All.EqualTo("handle"));
        });
    }

    [Test]
    public async Task ReadAfterAsync_FromAPosition_ReadsTheRestInStoreOrder()
    {
        var ids = new[] { Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid() };
        foreach (var (id, i) in ids.Select((id, i) => (id, i)))
        {
            await Store.AppendAsync(StoredCase.Snapshot(id, $"key-{i}", 3), 0, [StoredCase.Submitted(id, $"key-{i}"), StoredCase.Busy(id, 2), StoredCase.Busy(id, 3)]);
        }

        var all = await ReadAsync(Store.ReadAfterAsync(null));
        var middle = all[4];
        var rest = await ReadAsync(Store.ReadAfterAsync(EventPosition.Of(middle)));
        var expected = ids.OrderBy(id => id.ToString(), StringComparer.Ordinal).SelectMany(id => new[] { 1L, 2L, 3L }.Select(seq => new EventPosition(id, seq))).ToList();

        Assert.Multiple(() =>
        {
            Assert.That(all.Select(EventPosition.Of), Is.EqualTo(expected), "case by case (as the store orders ids), then by sequence");
            Assert.That(rest.Select(EventPosition.Of), Is.EqualTo(expected.Skip(5)));
            Assert.That(rest[0], Is.EqualTo(all[5]).UsingPropertiesComparer(), "whole events, not positions only");
        });
    }

    [Test]
    public async Task ListDisclosuresAsync_PageAfterPage_ListsEachOnceInOrderTiesInRecordOrder()
    {
        var log = (IDisclosureLog)Store;
        var made = new List<Disclosure>();
        for (var i = 0; i < 5; i++)
        {
            var disclosure = new Disclosure { At = Monday.AddMinutes(i / 2), Auditor = "zhao", What = "export", Reason = $"复核 {i}" };
            await log.RecordDisclosureAsync(disclosure);
            made.Add(disclosure);
        }

        var first = await log.ListDisclosuresAsync(Monday, Monday.AddDays(1), 2);
        var second = await log.ListDisclosuresAsync(Monday, Monday.AddDays(1), 2, new DisclosurePosition(first[^1].At, first[^1].Seq!.Value));
        var third = await log.ListDisclosuresAsync(Monday, Monday.AddDays(1), 2, new DisclosurePosition(second[^1].At, second[^1].Seq!.Value));

        Assert.Multiple(() =>
        {
            Assert.That(first.Concat(second).Concat(third).Select(d => d.Reason), Is.EqualTo(made.Select(d => d.Reason)));
            Assert.That(third, Has.Count.EqualTo(1));
            Assert.That(first.Concat(second).Concat(third).Select(d => d.Seq), Is.Unique.And.Ordered);
        });
    }

    private static async Task<List<CaseEvent>> ReadAsync(IAsyncEnumerable<CaseEvent> events)
    {
        var list = new List<CaseEvent>();
        await foreach (var e in events)
        {
            list.Add(e);
        }

        return list;
    }
}
