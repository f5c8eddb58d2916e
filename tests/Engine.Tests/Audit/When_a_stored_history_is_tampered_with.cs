using CaseFlow.Engine.Audit;

namespace CaseFlow.Engine.Tests.Audit;

[TestFixture]
public sealed class When_a_stored_history_is_tampered_with
{
    private AuditedStore _audited = null!;
    private Guid _tampered;
    private Guid _untouched;

    [SetUp]
    public async Task Record()
    {
        _audited = await AuditedStore.CreateAsync();
        _tampered = await _audited.ClosedCaseAsync("tamper-target");
        _untouched = await _audited.ClosedCaseAsync("tamper-bystander");
    }

    [TearDown]
    public void Clean() => _audited.Dispose();

    [Test]
    public async Task Should_find_nothing_wrong_before_anyone_touches_it()
    {
        var verify = await ChainVerifier.VerifyAsync(_audited.Store);
        var replay = await _audited.Audit.ReplayAsync(_tampered);
        Assert.Multiple(() =>
        {
            Assert.That(verify.IsIntact, Is.True, string.Join("; ", verify.Broken));
            Assert.That(verify.Cases, Is.EqualTo(2));
            Assert.That(verify.Events, Is.EqualTo(20));
            Assert.That(replay!.IsFaithful, Is.True, string.Join("; ", replay.Divergences));
        });
    }

    [TestCase("UPDATE events SET actor = 'someone-else' WHERE case_id = $id AND sequence = 6", 6, "hash", TestName = "Edited field")]
    [TestCase("UPDATE events SET payload = json_set(payload, '$.result', '未处理') WHERE case_id = $id AND sequence = 7", 7, "hash", TestName = "Edited result")]
    [TestCase("DELETE FROM events WHERE case_id = $id AND sequence = 4", 4, "sequence", TestName = "Deleted event")]
    [TestCase("UPDATE events SET sequence = -1 WHERE case_id = $id AND sequence = 3; UPDATE events SET sequence = 3 WHERE case_id = $id AND sequence = 4; UPDATE events SET sequence = 4 WHERE case_id = $id AND sequence = -1", 3, "hash", TestName = "Swapped events")]
    [TestCase("UPDATE events SET payload = json_set(payload, '$.rating', 'dissatisfied') WHERE case_id = $id AND sequence = 10", 10, "hash", TestName = "Edited last event")]
    public async Task Should_be_caught_by_verify_and_by_replay(string sql, long firstBad, string kind)
    {
        _audited.Sql(sql, _tampered);

        var verify = await ChainVerifier.VerifyAsync(_audited.Store);
        var replay = await _audited.Audit.ReplayAsync(_tampered);
        var bystander = await _audited.Audit.ReplayAsync(_untouched);

        Assert.Multiple(() =>
        {
            Assert.That(verify.IsIntact, Is.False);
            Assert.That(verify.Broken.Select(b => b.CaseId), Is.EqualTo(new[] { _tampered }), "only the tampered case is broken");
            Assert.That(verify.Broken[0].FirstBadSequence, Is.EqualTo(firstBad));
            Assert.That(replay!.IsFaithful, Is.False);
            Assert.That(replay.Divergences.Select(d => d.Kind), Does.Contain(kind));
            Assert.That(replay.Divergences.Min(d => d.Sequence == 0 ? long.MaxValue : d.Sequence), Is.EqualTo(firstBad));
            Assert.That(bystander!.IsFaithful, Is.True);
        });
    }

    [Test]
    public async Task Should_notice_events_deleted_from_the_end()
    {
        _audited.Sql("DELETE FROM events WHERE case_id = $id AND sequence = 10", _tampered);

        var verify = await ChainVerifier.VerifyAsync(_audited.Store);
        var replay = await _audited.Audit.ReplayAsync(_tampered);

        Assert.Multiple(() =>
        {
            Assert.That(verify.Broken.Single().CaseId, Is.EqualTo(_tampered));
            Assert.That(verify.Broken.Single().Reason, Does.Contain("missing from the end"));
            Assert.That(replay!.Divergences.Select(d => d.Kind), Does.Contain("final-state"));
        });
    }

    [Test]
    public async Task Should_notice_an_event_the_definition_would_not_permit_even_with_a_recomputed_chain()
    {
        // A forger who rewrites the trigger and recomputes every hash still cannot make the pinned definition permit it.
        _audited.Sql("UPDATE events SET trigger = 'Rate', payload = json_set(payload, '$.rating', 'satisfied') WHERE case_id = $id AND sequence = 3", _tampered);
        var history = await _audited.Store.ReadAsync(_tampered);
        var resealed = History.EventChainTestHelper.Reseal(history);
        var report = CaseReplayer.Replay(_tampered, resealed, WorkflowsFile.Definition, null, _audited.Definitions.Calendars.Current);

        Assert.That(report.Divergences.Where(d => d.Kind == "not-permitted").Select(d => d.Sequence), Does.Contain(3L));
    }
}
