using CaseFlow.Contracts.Commands;
using CaseFlow.Contracts.Events;
using CaseFlow.Engine.Cases;

namespace CaseFlow.Engine.Tests.Messaging;

public class When_a_case_is_handled_jointly
{
    private CaseFlowBus _bus = null!;
    private Guid _caseId;
    private CaseView _assigned = null!;
    private CaseCommandRejected _completeBeforeAnyReport = null!;
    private CaseCommandRejected _completeWithOneReportMissing = null!;
    private CaseView _beforeCompletion = null!;
    private CaseCommandAccepted _completed = null!;

    [OneTimeSetUp]
    public async Task Handle_a_water_pollution_case_with_co_handlers_from_the_market_and_governance_platforms()
    {
        _bus = await CaseFlowBus.StartAsync();
        _caseId = await _bus.SubmitAsync("water-pollution");
        await _bus.DispatchAndAssignAsync(_caseId, null, "food-safety-office", "police-station");
        _assigned = await _bus.CaseAsync(_caseId);
        await _bus.AcceptAsync(new SignForCase { CaseId = _caseId, Actor = "five-waters-office" });
        _completeBeforeAnyReport = await _bus.RejectAsync(Complete());
        await _bus.AcceptAsync(new ReportCoHandling { CaseId = _caseId, Actor = "food-safety-office", Office = "food-safety-office", Note = "no food business drains here" });
        _completeWithOneReportMissing = await _bus.RejectAsync(Complete());
        await _bus.AcceptAsync(new ReportCoHandling { CaseId = _caseId, Actor = "police-station", Office = "police-station", Note = "the owner was identified" });
        _beforeCompletion = await _bus.CaseAsync(_caseId);
        _completed = await _bus.AcceptAsync(Complete());
    }

    [OneTimeTearDown]
    public async Task Stop() => await _bus.DisposeAsync();

    [Test]
    public void Should_hand_the_case_to_joint_handling_under_the_category_lead_office()
    {
        Assert.Multiple(() =>
        {
            Assert.That(_assigned.State.Position, Is.EqualTo("dispatch.JointHandling"));
            Assert.That(_assigned.State.LeadOffice, Is.EqualTo("five-waters-office"));
            Assert.That(_assigned.State.CoHandlers.Select(c => c.Office), Is.EqualTo(new[] { "food-safety-office", "police-station" }));
        });
    }

    [Test]
    public async Task Should_have_the_main_leader_coordinate_the_three_platforms()
    {
        var started = await _bus.PublishedAsync<JointHandlingStarted>(_caseId, m =>
            m.CoordinatingLeader == "party-secretary"
            && m.LeadOffice == "five-waters-office"
            && m.Platforms.Order().SequenceEqual(new[] { "enforcement", "governance", "market" })
            && m.CoHandlers.SequenceEqual(new[] { "food-safety-office", "police-station" }));

        Assert.That(started, Is.True);
    }

    [Test]
    public void Should_refuse_completion_until_every_co_handler_has_reported()
    {
        Assert.Multiple(() =>
        {
            Assert.That(_completeBeforeAnyReport.CaseId, Is.EqualTo(_caseId));
            Assert.That(_completeBeforeAnyReport.Command, Is.EqualTo("Complete"));
            Assert.That(_completeBeforeAnyReport.Reason, Does.Contain("pendingCoHandlers"));
            Assert.That(_completeWithOneReportMissing.Reason, Does.Contain("pendingCoHandlers"));
        });
    }

    [Test]
    public void Should_record_each_co_handlers_report()
    {
        Assert.That(_beforeCompletion.State.CoHandlers.All(c => c.Reported), Is.True);
        Assert.That(_beforeCompletion.History.Count(e => e.Trigger == "ReportCoHandling"), Is.EqualTo(2));
    }

    [Test]
    public void Should_accept_completion_once_all_have_reported()
    {
        Assert.That(_completed.State, Is.EqualTo("feedback.ResultReported"));
        Assert.That(_completed.Version, Is.EqualTo(_beforeCompletion.State.Version + 1), "the refused attempts recorded nothing");
    }

    private CompleteCase Complete() => new() { CaseId = _caseId, Actor = "five-waters-office", Result = "the outlet was sealed and the ditch cleaned" };
}
