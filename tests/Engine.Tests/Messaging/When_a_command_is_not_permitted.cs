using CaseFlow.Contracts.Commands;
using CaseFlow.Contracts.Events;
using CaseFlow.Engine.Cases;
using CaseFlow.Engine.Messaging;

namespace CaseFlow.Engine.Tests.Messaging;

public class When_a_command_is_not_permitted
{
    private CaseFlowBus _bus = null!;
    private Guid _caseId;
    private CaseView _before = null!;
    private CaseCommandRejected? _rejected;
    private CaseView _after = null!;

    [OneTimeSetUp]
    public async Task Publish_a_sign_for_on_a_case_still_being_received()
    {
        _bus = await CaseFlowBus.StartAsync();
        _caseId = await _bus.SubmitAsync("fire-hazard");
        _before = await _bus.CaseAsync(_caseId);
        await _bus.Harness.Bus.PublishAs(CaseFlowBus.Gateway, new SignForCase { CaseId = _caseId, Actor = "fire-command" });
        if (await _bus.PublishedAsync<CaseCommandRejected>(_caseId))
        {
            _rejected = _bus.Published<CaseCommandRejected>(_caseId).Single();
        }

        _after = await _bus.CaseAsync(_caseId);
    }

    [OneTimeTearDown]
    public async Task Stop() => await _bus.DisposeAsync();

    [Test]
    public void Should_publish_a_rejection_naming_the_command_the_state_and_what_is_permitted()
    {
        Assert.That(_rejected, Is.Not.Null, "a CaseCommandRejected should be published");
        Assert.Multiple(() =>
        {
            Assert.That(_rejected!.Command, Is.EqualTo("SignFor"));
            Assert.That(_rejected.Reason, Does.Contain("SignFor").And.Contain("receive.Submitted"));
            Assert.That(_rejected.Reason, Does.Contain("MarkInvalid, Register"));
            Assert.That(_rejected.Errors, Is.Empty);
        });
    }

    [Test]
    public void Should_leave_the_case_unchanged()
    {
        Assert.Multiple(() =>
        {
            Assert.That(_after.State.Position, Is.EqualTo("receive.Submitted"));
            Assert.That(_after.State.Version, Is.EqualTo(_before.State.Version));
            Assert.That(_after.History, Has.Count.EqualTo(1));
        });
    }

    [Test]
    public async Task Should_publish_no_state_change()
    {
        Assert.That(await _bus.PublishedAsync<CaseStateChanged>(_caseId, m => m.Sequence > 1), Is.False);
    }
}
