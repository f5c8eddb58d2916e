using CaseFlow.Contracts.Commands;
using CaseFlow.Contracts.Events;

namespace CaseFlow.Engine.Tests.Messaging;

public class When_a_submission_is_out_of_bounds
{
    private const string ClientKey = "hotline-oversized-1";

    private CaseFlowBus _bus = null!;
    private CaseCommandRejected _rejected = null!;
    private CaseCommandRejected _hostileActor = null!;

    [OneTimeSetUp]
    public async Task Send_a_submission_with_a_long_title_and_a_hidden_override()
    {
        _bus = await CaseFlowBus.StartAsync();
        var submission = CaseFlowBus.Submission("petition", ClientKey) with
        {
            Title = new string('长', 5_000),
            Description = "收据 \u202Egnp.exe",
        };
        _rejected = await _bus.RejectAsync(submission);
        _hostileActor = await _bus.SendAsAsync(CaseFlowBus.Gateway, CaseFlowBus.Submission("petition") with { Actor = "command-room\u0000" }) is var response
            && response.Is(out MassTransit.Response<CaseCommandRejected>? rejected)
                ? rejected.Message
                : throw new AssertionException("a submission claiming an actor with a NUL should be rejected");
    }

    [OneTimeTearDown]
    public async Task Stop() => await _bus.DisposeAsync();

    [Test]
    public void Should_reject_it_naming_each_field_out_of_bounds()
    {
        Assert.Multiple(() =>
        {
            Assert.That(_rejected.Command, Is.EqualTo("Submit"));
            Assert.That(_rejected.Errors.Select(e => e.Field), Is.EquivalentTo(new[] { "title", "description" }));
            Assert.That(_rejected.Errors.Single(e => e.Field == "title").Message, Does.Contain("5000 characters").And.Contain("at most 200"));
            Assert.That(_rejected.Errors.Single(e => e.Field == "description").Message, Does.Contain("U+202E RIGHT-TO-LEFT OVERRIDE at position 4"));
            Assert.That(_rejected.ClientKey, Is.EqualTo(ClientKey));
        });
    }

    [Test]
    public void Should_refuse_a_hostile_claimed_actor_as_malformed_without_repeating_it()
    {
        Assert.Multiple(() =>
        {
            Assert.That(_hostileActor.Errors.Select(e => e.Field), Is.EqualTo(new[] { "actor" }));
            Assert.That(_hostileActor.Reason, Does.Contain("U+0000 NULL"));
            Assert.That(_hostileActor.Reason.Contains('\0', StringComparison.Ordinal), Is.False, "the refusal repeats the NUL it refused");
        });
    }

    [Test]
    public async Task Should_create_no_case()
    {
        Assert.That(await _bus.Store.FindByClientKeyAsync(ClientKey), Is.Null);
        Assert.That(await _bus.Store.ListAsync(), Is.Empty);
    }
}
