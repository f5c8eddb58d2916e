using CaseFlow.Contracts.Events;
using MassTransit;

namespace CaseFlow.Engine.Tests.Messaging;

public class When_a_client_key_is_reused_for_another_submission
{
    private const string ClientKey = "hotline-reused-1";

    private CaseFlowBus _bus = null!;
    private CaseCommandAccepted _first = null!;
    private CaseCommandAccepted _again = null!;
    private CaseCommandRejected _changed = null!;
    private CaseCommandRejected _otherSubmitter = null!;

    [OneTimeSetUp]
    public async Task Submit_then_resend_then_change_the_title_then_send_it_as_someone_else()
    {
        _bus = await CaseFlowBus.StartAsync();
        var submission = CaseFlowBus.Submission("petition", ClientKey);
        _first = await _bus.AcceptAsync(submission);
        _again = await _bus.AcceptAsync(submission);
        _changed = await _bus.RejectAsync(submission with { Title = "A different problem" });
        var response = await _bus.SendAsAsync(CaseFlowBus.Gateway, submission with { Actor = "command-room" });
        _otherSubmitter = response.Is(out Response<CaseCommandRejected>? rejected)
            ? rejected.Message
            : throw new AssertionException("the key sent by another submitter should be rejected");
    }

    [OneTimeTearDown]
    public async Task Stop() => await _bus.DisposeAsync();

    [Test]
    public void Should_answer_the_same_submission_with_its_case()
    {
        Assert.That(_again.CaseId, Is.EqualTo(_first.CaseId));
    }

    [Test]
    public void Should_reject_another_submission_under_the_key_saying_what_differs()
    {
        Assert.Multiple(() =>
        {
            Assert.That(_changed.Reason, Does.Contain($"client key '{ClientKey}' was already used for another submission"));
            Assert.That(_changed.Reason, Does.Contain("differs in: title"));
            Assert.That(_changed.CaseId, Is.Null);
        });
    }

    [Test]
    public void Should_tell_another_submitter_nothing_of_the_case()
    {
        Assert.Multiple(() =>
        {
            Assert.That(_otherSubmitter.Reason, Does.Contain("already used for another submission, by another submitter"));
            Assert.That(_otherSubmitter.Reason, Does.Not.Contain(_first.CaseId.ToString()));
            Assert.That(_otherSubmitter.CaseId, Is.Null);
        });
    }

    [Test]
    public async Task Should_keep_one_case_as_first_submitted()
    {
        var cases = await _bus.Store.ListAsync();
        Assert.That(cases, Has.Count.EqualTo(1));
        Assert.That(cases[0].Title, Is.EqualTo("Reported on the hotline"));
        Assert.That(cases[0].Version, Is.EqualTo(1));
    }
}
