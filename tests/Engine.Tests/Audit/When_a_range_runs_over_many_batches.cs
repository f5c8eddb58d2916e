using CaseFlow.Engine.Audit;

namespace CaseFlow.Engine.Tests.Audit;

/// <summary>
/// One range of more rows than a batch holds (the store hands verification its rows 256 at a time): a row whose stored JSON is
/// written differently from the serialiser's but means the same is judged on the whole event and holds, the walk resumes after it
/// within the same batch, and a break in a later batch is still found where it first shows.
/// </summary>
[TestFixture]
public sealed class When_a_range_runs_over_many_batches
{
    private const int Cases = 30;
    private AuditedStore _audited = null!;
    private List<Guid> _inStoreOrder = null!;

    [OneTimeSetUp]
    public async Task Record()
    {
        _audited = await AuditedStore.CreateAsync();
        for (var i = 0; i < Cases; i++)
        {
            await _audited.ClosedCaseAsync($"batches-{i}");
        }

        _inStoreOrder = (await _audited.Store.ListHeadsAsync()).Select(h => h.CaseId).ToList();

        // Rows 251–260 (the 26th case) straddle the first batch's end; rows 281–290 (the 29th) lie in the second batch.
        _audited.Sql("UPDATE events SET payload = ' ' || payload || ' ' WHERE case_id = $id AND sequence IN (3, 6)", _inStoreOrder[25]);
        _audited.Sql("UPDATE events SET actor = 'someone-else' WHERE case_id = $id AND sequence = 8", _inStoreOrder[28]);
    }

    [OneTimeTearDown]
    public void Clean() => _audited.Dispose();

    [Test]
    public async Task Should_judge_equal_json_whole_and_find_the_later_break()
    {
        var report = await ChainVerifier.VerifyAsync(_audited.Store, casesPerRange: int.MaxValue, workers: 1);

        Assert.Multiple(() =>
        {
            Assert.That(report.Events, Is.EqualTo(Cases * 10));
            Assert.That(report.Cases, Is.EqualTo(Cases));
            Assert.That(report.Broken, Is.EqualTo(new[]
            {
                new BrokenCase(_inStoreOrder[28], 8, "event 8 was changed after it was recorded (its content no longer matches its hash)"),
            }));
        });
    }
}
