using CaseFlow.Contracts.Events;
using CaseFlow.Engine.History;

namespace CaseFlow.Engine.Tests.Messaging;

/// <summary>The database is unreachable for the first appends (a restart): the command endpoint retries, nothing goes to the error queue.</summary>
public class When_the_store_is_away_for_a_moment
{
    private const string ClientKey = "store-away-1";

    private CaseFlowBus _bus = null!;
    private UnreachableStore _store = null!;
    private CaseCommandAccepted _reply = null!;

    [OneTimeSetUp]
    public async Task Submit_while_the_first_three_appends_fail()
    {
        _bus = await CaseFlowBus.StartAsync(disturb: inner => _store = new UnreachableStore(inner, failures: 3));
        _reply = await _bus.AcceptAsync(CaseFlowBus.Submission("sanitation", ClientKey));
    }

    [OneTimeTearDown]
    public async Task Stop() => await _bus.DisposeAsync();

    [Test]
    public async Task Should_apply_the_command_once_the_store_is_back()
    {
        var cases = await _bus.Store.ListAsync();

        Assert.That(_store.Refused, Is.EqualTo(3), "the first three appends really failed");
        Assert.That(cases.Select(c => c.ClientKey), Is.EqualTo(new[] { ClientKey }));
        Assert.That(_reply.CaseId, Is.EqualTo(cases[0].Id));
    }

    [Test]
    public async Task Should_not_fault_the_message()
    {
        Assert.That(await _bus.Harness.Published.Any<MassTransit.Fault>(), Is.False);
        Assert.That(await _bus.Harness.Published.Any<CaseCommandRejected>(), Is.False);
    }

    [Test]
    public async Task Should_announce_the_case_once()
    {
        Assert.That(await _bus.Harness.Published.Any<CaseReceived>(), Is.True);
        Assert.That(_bus.Harness.Published.Select<CaseReceived>().Count(m => m.Context.Message.ClientKey == ClientKey), Is.EqualTo(1));
        Assert.That(await _bus.Store.CountUnsentOutboxAsync(), Is.Zero);
    }
}
