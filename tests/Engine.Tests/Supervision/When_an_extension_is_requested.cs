using CaseFlow.Contracts.Events;
using CaseFlow.Engine.Cases;
using CaseFlow.Engine.Supervision;
using static CaseFlow.Engine.Tests.Supervision.SupervisedTownship;

namespace CaseFlow.Engine.Tests.Supervision;

/// <summary>
/// Two sanitation cases signed for on Monday 3 March 2025 (deadline Thursday 6 March, 17:30) ask for more time (延期): the
/// platform leader approves one, which moves its deadline and tells the reporter, and refuses the other, which changes nothing.
/// </summary>
[TestFixture]
public sealed class When_an_extension_is_requested
{
    private const string Office = "sanitation-office";
    private const string PlatformLeader = "armed-forces-head";
    private SupervisedTownship _township = null!;
    private CaseState _approved = null!;
    private CaseState _refused = null!;
    private string _decidedByTheCommandRoom = "";
    private string _secondRequest = "";
    private string _tooLongRequest = "";
    private IReadOnlyList<CaseTimer> _approvedTimers = [];

    [OneTimeSetUp]
    public async Task AskForTime()
    {
        _township = await StartAsync();
        var first = await _township.SignedForCaseAsync("sanitation");
        var second = await _township.SignedForCaseAsync("sanitation");
        _township.Clock.SetUtcNow(Shanghai(2025, 3, 5, 10, 0));
        foreach (var id in new[] { first.Id, second.Id })
        {
            await _township.AcceptAsync(id, Triggers.ReportProgress, Office, new CasePayload { Note = "已清理一半" });
        }

        _tooLongRequest = await _township.RefuseAsync(first.Id, Triggers.RequestExtension, Office, new CasePayload { WorkingDays = 11, Reason = "需协调清运车辆" });
        await _township.AcceptAsync(first.Id, Triggers.RequestExtension, Office, new CasePayload { WorkingDays = 3, Reason = "需协调清运车辆" });
        _decidedByTheCommandRoom = await _township.ForbidAsync(first.Id, Triggers.DecideExtension, CommandRoom, new CasePayload { Approved = true });
        _approved = await _township.AcceptAsync(first.Id, Triggers.DecideExtension, PlatformLeader, new CasePayload { Approved = true });
        _approvedTimers = await _township.Store.ReadTimersAsync(first.Id);
        await _township.AcceptAsync(first.Id, Triggers.ReportProgress, Office, new CasePayload { Note = "车辆已到位" });
        _secondRequest = await _township.RefuseAsync(first.Id, Triggers.RequestExtension, Office, new CasePayload { WorkingDays = 1, Reason = "天气原因" });

        await _township.AcceptAsync(second.Id, Triggers.RequestExtension, Office, new CasePayload { WorkingDays = 2, Reason = "人手不足" });
        _refused = await _township.AcceptAsync(second.Id, Triggers.DecideExtension, PlatformLeader, new CasePayload { Approved = false, Reason = "本周内务必完成" });
    }

    [OneTimeTearDown]
    public async Task Clean() => await _township.DisposeAsync();

    [Test]
    public void Should_move_the_approved_deadline_by_the_working_days_asked_for() =>
        Assert.Multiple(() =>
        {
            // Friday 7, Monday 10 and Tuesday 11 March: three working days after Thursday's deadline.
            Assert.That(_approved.HandlingDeadline, Is.EqualTo(Shanghai(2025, 3, 11, 17, 30)));
            Assert.That(_approved.Position, Is.EqualTo("handle.Extended"));
            Assert.That((_approved.Extensions, _approved.ExtensionDays), Is.EqualTo((1, 3)));
        });

    [Test]
    public void Should_publish_the_decision_with_the_new_deadline()
    {
        var decision = _township.Published.Of<ExtensionDecided>().Single(m => m.CaseId == _approved.Id);

        Assert.That((decision.Approved, decision.WorkingDays, decision.NewDeadline), Is.EqualTo((true, 3, (DateTimeOffset?)Shanghai(2025, 3, 11, 17, 30))));
    }

    [Test]
    public void Should_tell_the_reporter_the_new_deadline()
    {
        var told = _township.Published.Of<ReporterNotified>().Single(m => m.CaseId == _approved.Id && m.Link is null);

        Assert.That(told.Phone, Is.EqualTo("13800000000"));
        Assert.That(told.Message, Does.Contain("3 个工作日").And.Contain("2025-03-11 17:30"));
    }

    [Test]
    public void Should_reset_the_deadline_timers_to_the_new_deadline() =>
        Assert.That(_approvedTimers.Single(t => t.Kind == "overdue").DueAt, Is.EqualTo(Shanghai(2025, 3, 11, 17, 30)));

    [Test]
    public void Should_leave_the_refused_deadline_as_it_was() =>
        Assert.Multiple(() =>
        {
            Assert.That(_refused.HandlingDeadline, Is.EqualTo(Shanghai(2025, 3, 6, 17, 30)));
            Assert.That(_refused.Position, Is.EqualTo("handle.InProgress"));
            Assert.That((_refused.Extensions, _refused.ExtensionDays), Is.EqualTo((0, 0)));
            var decision = _township.Published.Of<ExtensionDecided>().Single(m => m.CaseId == _refused.Id);
            Assert.That((decision.Approved, decision.WorkingDays, decision.NewDeadline), Is.EqualTo((false, 2, (DateTimeOffset?)null)));
        });

    [Test]
    public void Should_not_tell_the_reporter_about_a_refusal() =>
        Assert.That(_township.Published.Of<ReporterNotified>().Where(m => m.CaseId == _refused.Id && m.Link is null), Is.Empty, "only the receipt at submission");

    [Test]
    public void Should_let_only_the_platform_leader_decide() =>
        Assert.That(_decidedByTheCommandRoom, Does.Contain("may be sent only by platformCoordinator").And.Contain(PlatformLeader).And.Contain(CommandRoom));

    [Test]
    public void Should_refuse_an_extension_beyond_the_declared_count() =>
        Assert.That(_secondRequest, Does.Contain("1 extension(s)").And.Contain("the most the supervision policy allows (1)"));

    [Test]
    public void Should_refuse_more_working_days_than_the_declared_cap() =>
        Assert.That(_tooLongRequest, Does.Contain("11 working day(s)").And.Contain("at most 10"));
}
