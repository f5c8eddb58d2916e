using CaseFlow.Contracts.Commands;
using CaseFlow.Contracts.Events;
using CaseFlow.Engine.Cases;

namespace CaseFlow.Engine.Tests.Messaging;

public class When_the_reporter_disputes_the_result
{
    private CaseFlowBus _bus = null!;
    private Guid _caseId;
    private CaseCommandAccepted _disputed = null!;
    private CaseView _reopened = null!;
    private CaseView _case = null!;

    [OneTimeSetUp]
    public async Task Dispute_the_first_result_and_confirm_the_second()
    {
        _bus = await CaseFlowBus.StartAsync();
        _caseId = await _bus.SubmitAsync("neighbour-dispute");
        await _bus.DispatchAndAssignAsync(_caseId);
        await HandleAsync("mediation-committee", "the neighbours agreed to move the fence");
        _disputed = await _bus.AcceptAsync(new RecordFeedback { CaseId = _caseId, Actor = "command-room", Outcome = "disputed", Comment = "the fence is still there" });
        _reopened = await _bus.CaseAsync(_caseId);

        await _bus.AcceptAsync(new DispatchCase { CaseId = _caseId, Actor = "command-room" });
        await _bus.AcceptAsync(new AssignCase { CaseId = _caseId, Actor = "deputy-secretary", LeadOffice = "justice-office" });
        await HandleAsync("justice-office", "the fence was moved in the reporter's presence");
        await _bus.AcceptAsync(new RecordFeedback { CaseId = _caseId, Actor = "command-room", Outcome = "confirmed" });
        await _bus.AcceptAsync(new RateCase { CaseId = _caseId, Actor = "command-room", Rating = "basicallySatisfied" });
        _case = await _bus.CaseAsync(_caseId);
    }

    [OneTimeTearDown]
    public async Task Stop() => await _bus.DisposeAsync();

    [Test]
    public void Should_send_the_case_back_to_dispatch()
    {
        Assert.That(_disputed.State, Is.EqualTo("dispatch.AwaitingDispatch"));
        Assert.That(_reopened.State.Reopens, Is.EqualTo(1));
        Assert.That(_reopened.State.Result, Is.Null, "the disputed result no longer stands");
    }

    [Test]
    public async Task Should_publish_the_reopening_as_the_second_round()
    {
        Assert.That(await _bus.PublishedAsync<CaseReopened>(_caseId, m => m is { Round: 2, Comment: "the fence is still there" }), Is.True);
    }

    [Test]
    public void Should_close_after_the_second_round()
    {
        Assert.Multiple(() =>
        {
            Assert.That(_case.State.Position, Is.EqualTo("assess.Closed"));
            Assert.That(_case.State.Rating, Is.EqualTo("basicallySatisfied"));
            Assert.That(_case.State.Reopens, Is.EqualTo(1));
            Assert.That(_case.State.Result, Is.EqualTo("the fence was moved in the reporter's presence"));
        });
    }

    [Test]
    public void Should_keep_both_rounds_in_the_history()
    {
        var results = _case.History.Where(e => e.Trigger == "Complete").Select(e => e.Payload.Result);
        var feedback = _case.History.Where(e => e.Trigger == "RecordFeedback").Select(e => e.Payload.Feedback);

        Assert.Multiple(() =>
        {
            Assert.That(results, Is.EqualTo(new[] { "the neighbours agreed to move the fence", "the fence was moved in the reporter's presence" }));
            Assert.That(feedback, Is.EqualTo(new[] { "disputed", "confirmed" }));
            Assert.That(_case.History, Has.Count.EqualTo(16), "9 events in the first round, 7 in the second");
            Assert.That(_case.History.Select(e => e.Sequence), Is.EqualTo(Enumerable.Range(1, 16)));
        });
    }

    private async Task HandleAsync(string office, string result)
    {
        await _bus.AcceptAsync(new SignForCase { CaseId = _caseId, Actor = office });
        await _bus.AcceptAsync(new CompleteCase { CaseId = _caseId, Actor = office, Result = result });
        await _bus.AcceptAsync(new FeedBackToReporter { CaseId = _caseId, Actor = "command-room", Message = result });
    }
}
