using CaseFlow.Contracts.Events;

namespace CaseFlow.Engine.Tests.Messaging;

public class When_the_same_submission_is_sent_twice
{
    private const string ClientKey = "grid-app-7f3a";

    private CaseFlowBus _bus = null!;
    private CaseCommandAccepted[] _replies = [];

    [OneTimeSetUp]
    public async Task Send_one_submission_twice_at_once_and_once_more_later()
    {
        _bus = await CaseFlowBus.StartAsync();
        var submission = CaseFlowBus.Submission("sanitation", ClientKey);
        var racing = await Task.WhenAll(_bus.AcceptAsync(submission), _bus.AcceptAsync(submission));
        var resent = await _bus.AcceptAsync(submission);
        _replies = [.. racing, resent];
    }

    [OneTimeTearDown]
    public async Task Stop() => await _bus.DisposeAsync();

    [Test]
    public async Task Should_create_one_case()
    {
        var cases = await _bus.Store.ListAsync();

        Assert.That(cases, Has.Count.EqualTo(1));
        Assert.That(cases[0].ClientKey, Is.EqualTo(ClientKey));
        Assert.That(cases[0].Version, Is.EqualTo(1));
    }

    [Test]
    public void Should_answer_every_send_with_that_case()
    {
        Assert.That(_replies.Select(r => r.CaseId).Distinct().Count(), Is.EqualTo(1));
        Assert.That(_replies.Select(r => r.State), Is.All.EqualTo("receive.Submitted"));
    }

    [Test]
    public async Task Should_announce_the_case_once()
    {
        Assert.That(await _bus.Harness.Published.Any<CaseReceived>(), Is.True);

        Assert.That(_bus.Harness.Published.Select<CaseReceived>().Count(m => m.Context.Message.ClientKey == ClientKey), Is.EqualTo(1));
    }
}
