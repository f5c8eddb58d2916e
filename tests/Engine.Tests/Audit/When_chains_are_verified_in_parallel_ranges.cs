using CaseFlow.Engine.Audit;

namespace CaseFlow.Engine.Tests.Audit;

/// <summary>
/// Verification split into ranges of two cases read by three workers at once: every kind of break is found in whichever range it
/// falls, and the report is the one a single pass over the whole store gives, findings in the store's order.
/// </summary>
[TestFixture]
public sealed class When_chains_are_verified_in_parallel_ranges
{
    private const int Cases = 9;
    private AuditedStore _audited = null!;
    private List<Guid> _inStoreOrder = null!;

    [OneTimeSetUp]
    public async Task Record()
    {
        _audited = await AuditedStore.CreateAsync();
        for (var i = 0; i < Cases; i++)
        {
            await _audited.ClosedCaseAsync($"parallel-{i}");
        }

        _inStoreOrder = (await _audited.Store.ListHeadsAsync()).Select(h => h.CaseId).ToList();

        // Breaks in the first, the middle and the last range, and on both sides of a range boundary (ranges of two: 0-1, 2-3, …).
        _audited.Sql("UPDATE events SET payload = json_set(payload, '$.result', '未处理') WHERE case_id = $id AND sequence = 7", _inStoreOrder[0]);
        _audited.Sql("UPDATE events SET hash = previous_hash WHERE case_id = $id AND sequence = 5", _inStoreOrder[3]);
        _audited.Sql("DELETE FROM events WHERE case_id = $id AND sequence = 4", _inStoreOrder[4]);
        _audited.Sql("DELETE FROM events WHERE case_id = $id", _inStoreOrder[6]);
        _audited.Sql("UPDATE events SET actor = 'someone-else' WHERE case_id = $id AND sequence = 2", _inStoreOrder[8]);
    }

    [OneTimeTearDown]
    public void Clean() => _audited.Dispose();

    [Test]
    public async Task Should_report_exactly_what_one_sequential_pass_reports()
    {
        var parallel = await ChainVerifier.VerifyAsync(_audited.Store, casesPerRange: 2, workers: 3);
        var sequential = await ChainVerifier.VerifyAsync(_audited.Store, casesPerRange: int.MaxValue, workers: 1);

        Assert.Multiple(() =>
        {
            Assert.That(parallel.Broken, Is.EqualTo(sequential.Broken));
            Assert.That(parallel.Cases, Is.EqualTo(sequential.Cases));
            Assert.That(parallel.Events, Is.EqualTo(sequential.Events));
        });
    }

    [Test]
    public async Task Should_find_every_break_in_store_order_with_a_case_without_history_last()
    {
        var report = await ChainVerifier.VerifyAsync(_audited.Store, casesPerRange: 2, workers: 3);

        Assert.Multiple(() =>
        {
            Assert.That(report.Broken.Select(b => b.CaseId), Is.EqualTo(new[] { _inStoreOrder[0], _inStoreOrder[3], _inStoreOrder[4], _inStoreOrder[8], _inStoreOrder[6] }));
            Assert.That(report.Cases, Is.EqualTo(Cases));
            Assert.That(report.Events, Is.EqualTo((Cases * 10) - 10 - 1), "every event but the deleted history and the deleted event");
        });
    }

    [TestCase(0, 7, "event 7 was changed after it was recorded (its content no longer matches its hash)", TestName = "Tampered payload")]
    [TestCase(3, 5, "event 5 was changed after it was recorded (its content no longer matches its hash)", TestName = "Tampered hash")]
    [TestCase(4, 4, "event 4 is missing or out of order (found 5)", TestName = "Sequence gap")]
    [TestCase(8, 2, "event 2 was changed after it was recorded (its content no longer matches its hash)", TestName = "Tampered column")]
    [TestCase(6, 0, "the case is stored but has no history", TestName = "History deleted")]
    public async Task Should_catch_each_break_where_it_first_shows(int position, long firstBad, string reason)
    {
        var report = await ChainVerifier.VerifyAsync(_audited.Store, casesPerRange: 2, workers: 3);

        var broken = report.Broken.Single(b => b.CaseId == _inStoreOrder[position]);
        Assert.Multiple(() =>
        {
            Assert.That(broken.FirstBadSequence, Is.EqualTo(firstBad));
            Assert.That(broken.Reason, Is.EqualTo(reason));
        });
    }

    [Test]
    public async Task Should_find_nothing_wrong_in_the_cases_left_alone()
    {
        var report = await ChainVerifier.VerifyAsync(_audited.Store, casesPerRange: 2, workers: 3);
        var untouched = new[] { 1, 2, 5, 7 }.Select(i => _inStoreOrder[i]);

        Assert.That(report.Broken.Select(b => b.CaseId).Intersect(untouched), Is.Empty);
    }
}
