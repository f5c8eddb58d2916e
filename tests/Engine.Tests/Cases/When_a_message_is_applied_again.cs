using CaseFlow.Contracts.Events;
using CaseFlow.Engine.Cases;
using CaseFlow.Engine.Tests.History;
using Microsoft.Extensions.Time.Testing;

namespace CaseFlow.Engine.Tests.Cases;

/// <summary>
/// A fire hazard taken to handling with a message id on every command, on the real SQLite store; then a progress report delivered
/// twice (the second would be accepted again if decided) and an old sign-for delivered again (it would now be refused). The inbox is
/// read only where its answer matters: never for a message met once, and each repeat is answered as applied, not decided again.
/// </summary>
[TestFixture]
public sealed class When_a_message_is_applied_again
{
    private readonly TemporaryDatabase _database = new();
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 12, 1, 9, 0, 0, TimeSpan.FromHours(8)));
    private readonly Guid _signFor = Guid.NewGuid();
    private readonly Guid _progress = Guid.NewGuid();
    private CachedEngine _engine = null!;
    private Guid _id;
    private int _inboxReadsFirstTime;
    private CommandOutcome _progressFirst = null!;
    private CommandOutcome _progressAgain = null!;
    private CommandOutcome _signForAgain = null!;
    private int _inboxReadsByRepeats;
    private CaseView _case = null!;

    [OneTimeSetUp]
    public async Task Run()
    {
        _engine = await CachedEngine.OpenAsync(_database.Path, cacheSize: 100, _clock);
        _clock.Advance(TimeSpan.FromMinutes(1));
        var submitted = await _engine.Cases.SubmitAsync(new CaseCommand
        {
            Trigger = Triggers.Submit,
            CaseId = Guid.CreateVersion7(_clock.GetUtcNow()),
            Actor = "grid-member-4",
            MessageId = Guid.NewGuid(),
            Payload = new CasePayload { ClientKey = "again-progress", Category = "fire-hazard", Description = "楼道堆放杂物", Channel = "grid", Grid = "grid-4" },
        });
        Assert.That(submitted.Status, Is.EqualTo(CommandStatus.Accepted), submitted.Decision?.Rejection);
        _id = submitted.State!.Id;

        var before = _engine.Store.InboxReads;
        foreach (var (trigger, actor, message) in new[]
        {
            (Triggers.Register, "command-room", Guid.NewGuid()), (Triggers.Triage, "command-room", Guid.NewGuid()),
            (Triggers.Dispatch, "command-room", Guid.NewGuid()), (Triggers.Assign, "deputy-secretary", Guid.NewGuid()),
            (Triggers.SignFor, "fire-command", _signFor),
        })
        {
            var outcome = await _engine.SendAsync(_clock, _id, trigger, actor, message);
            Assert.That(outcome.Status, Is.EqualTo(CommandStatus.Accepted), outcome.Decision?.Rejection);
        }

        var progress = new CasePayload { Note = "已清理" };
        _progressFirst = await _engine.SendAsync(_clock, _id, Triggers.ReportProgress, "fire-command", _progress, progress);
        _inboxReadsFirstTime = _engine.Store.InboxReads - before;

        before = _engine.Store.InboxReads;
        _progressAgain = await _engine.SendAsync(_clock, _id, Triggers.ReportProgress, "fire-command", _progress, progress);
        _signForAgain = await _engine.SendAsync(_clock, _id, Triggers.SignFor, "fire-command", _signFor);
        _inboxReadsByRepeats = _engine.Store.InboxReads - before;
        _case = (await _engine.Cases.GetAsync(_id))!;
    }

    [OneTimeTearDown]
    public void Remove() => _database.Dispose();

    [Test]
    public void Should_not_read_the_inbox_for_messages_met_once() =>
        Assert.That((_progressFirst.Status, _inboxReadsFirstTime), Is.EqualTo((CommandStatus.Accepted, 0)));

    [Test]
    public void Should_answer_a_repeat_that_would_be_accepted_again_as_applied_without_a_second_event()
    {
        Assert.Multiple(() =>
        {
            Assert.That(_progressAgain.Status, Is.EqualTo(CommandStatus.AlreadyApplied));
            Assert.That(_progressAgain.State!.Version, Is.EqualTo(_progressFirst.State!.Version));
            Assert.That(_case.History.Count(e => e.Trigger == Triggers.ReportProgress), Is.EqualTo(1));
        });
    }

    [Test]
    public void Should_answer_a_repeat_that_would_now_be_refused_as_applied_and_publish_no_refusal()
    {
        Assert.Multiple(() =>
        {
            Assert.That(_signForAgain.Status, Is.EqualTo(CommandStatus.AlreadyApplied));
            Assert.That(_engine.Published.Of<CaseCommandRejected>(), Is.Empty);
            Assert.That(_case.History.Count(e => e.Trigger == Triggers.SignFor), Is.EqualTo(1));
        });
    }

    [Test]
    public void Should_ask_the_inbox_once_for_each_repeat() => Assert.That(_inboxReadsByRepeats, Is.EqualTo(2));

    [Test]
    public void Should_leave_the_case_as_the_first_deliveries_left_it() =>
        Assert.That((_case.State.Version, _case.State.Position), Is.EqualTo((_progressFirst.State!.Version, "handle.InProgress")));
}
