using CaseFlow.Contracts.Commands;
using CaseFlow.Contracts.Events;
using CaseFlow.Engine.Cases;

namespace CaseFlow.Engine.Tests.Messaging;

public class When_an_in_scope_case_runs_the_whole_loop
{
    private CaseFlowBus _bus = null!;
    private Guid _caseId;
    private CaseView _case = null!;

    [OneTimeSetUp]
    public async Task Run_an_illegal_construction_case_from_submission_to_closure()
    {
        _bus = await CaseFlowBus.StartAsync();
        _caseId = await _bus.SubmitAsync("illegal-construction");
        await _bus.DispatchAndAssignAsync(_caseId);
        await _bus.AcceptAsync(new SignForCase { CaseId = _caseId, Actor = "demolition-office" });
        await _bus.AcceptAsync(new ReportProgress { CaseId = _caseId, Actor = "demolition-office", Note = "site visited; owner notified" });
        await _bus.AcceptAsync(new CompleteCase { CaseId = _caseId, Actor = "demolition-office", Result = "the shed was taken down" });
        await _bus.AcceptAsync(new FeedBackToReporter { CaseId = _caseId, Actor = "command-room", Message = "The illegal shed has been removed." });
        await _bus.AcceptAsync(new RecordFeedback { CaseId = _caseId, Actor = "command-room", Outcome = "confirmed" });
        await _bus.AcceptAsync(new RateCase { CaseId = _caseId, Actor = "command-room", Rating = "satisfied" });
        _case = await _bus.CaseAsync(_caseId);
    }

    [OneTimeTearDown]
    public async Task Stop() => await _bus.DisposeAsync();

    [Test]
    public void Should_close_the_case_rated_satisfied()
    {
        Assert.Multiple(() =>
        {
            Assert.That(_case.State.Position, Is.EqualTo("assess.Closed"));
            Assert.That(_case.State.IsFinal, Is.True);
            Assert.That(_case.State.Rating, Is.EqualTo("satisfied"));
            Assert.That(_case.State.Result, Is.EqualTo("the shed was taken down"));
            Assert.That(_case.PermittedTriggers, Is.EquivalentTo(new[] { "RecordCallback", "FlagCallbackOverdue" }), "an ended case takes only its callback survey");
        });
    }

    [Test]
    public void Should_keep_a_history_of_eleven_events_one_per_step()
    {
        Assert.That(_case.History.Select(e => e.Trigger), Is.EqualTo(new[]
        {
            "Submit", "Register", "Triage", "Dispatch", "Assign", "SignFor", "ReportProgress", "Complete", "FeedBack", "RecordFeedback", "Rate",
        }));
        Assert.That(_case.History.Select(e => e.Sequence), Is.EqualTo(Enumerable.Range(1, 11)));
    }

    [Test]
    public void Should_pass_through_every_workflow_of_the_loop()
    {
        Assert.That(_case.History.Select(e => e.To.Split('.')[0]).Distinct(), Is.EqualTo(new[] { "receive", "dispatch", "handle", "feedback", "assess" }));
    }

    [Test]
    public async Task Should_notify_the_category_platform_and_its_coordinator()
    {
        Assert.That(await _bus.PublishedAsync<CaseDispatched>(_caseId, m => m is { Platform: "enforcement", Coordinator: "armed-forces-head", Category: "illegal-construction" }), Is.True);
    }

    [Test]
    public async Task Should_assign_the_category_lead_office()
    {
        Assert.That(await _bus.PublishedAsync<CaseAssigned>(_caseId, m => m is { LeadOffice: "demolition-office", Platform: "enforcement", CoHandlers.Count: 0 }), Is.True);
    }

    [Test]
    public async Task Should_start_the_handling_clock_when_the_office_signs_for_it()
    {
        var signedFor = _case.History.Single(e => e.Trigger == "SignFor");

        Assert.That(await _bus.PublishedAsync<HandlingClockStarted>(_caseId, m => m.Office == "demolition-office" && m.StartedAt == signedFor.At), Is.True);
    }

    [Test]
    public async Task Should_report_the_result_to_the_command_room()
    {
        Assert.That(await _bus.PublishedAsync<CaseResultReported>(_caseId, m => m is { Result: "the shed was taken down", ReportedBy: "demolition-office" }), Is.True);
    }

    [Test]
    public async Task Should_tell_the_reporter()
    {
        Assert.That(await _bus.PublishedAsync<ReporterNotified>(_caseId, m => m is { Reporter: "蓝女士", Phone: "13800000000", Message: "The illegal shed has been removed." }), Is.True);
    }

    [Test]
    public async Task Should_publish_the_closure()
    {
        Assert.That(await _bus.PublishedAsync<CaseClosed>(_caseId, m => m.Rating == "satisfied" && m.ClosedAt == _case.State.ClosedAt), Is.True);
    }

    [Test]
    public async Task Should_publish_each_state_change_once()
    {
        Assert.That(await _bus.PublishedAsync<CaseClosed>(_caseId), Is.True);

        Assert.That(_bus.Published<CaseStateChanged>(_caseId).Select(m => m.Sequence).Order(), Is.EqualTo(Enumerable.Range(1, 11).Select(i => (long)i)));
    }
}
