using CaseFlow.Contracts.Commands;
using CaseFlow.Contracts.Events;
using CaseFlow.Engine.Cases;

namespace CaseFlow.Engine.Tests.Messaging;

public class When_an_office_returns_a_case
{
    private const string Reason = "the structure stands on collective land: a land-use matter";

    private CaseFlowBus _bus = null!;
    private Guid _caseId;
    private CaseCommandRejected _returnWithoutReason = null!;
    private CaseView _afterRefusedReturn = null!;
    private CaseCommandAccepted _returned = null!;
    private CaseCommandAccepted _reassigned = null!;
    private CaseCommandAccepted _signedFor = null!;
    private CaseView _case = null!;

    [OneTimeSetUp]
    public async Task Return_an_illegal_construction_case_and_send_it_to_another_office()
    {
        _bus = await CaseFlowBus.StartAsync();
        _caseId = await _bus.SubmitAsync("illegal-construction");
        await _bus.DispatchAndAssignAsync(_caseId);
        _returnWithoutReason = await _bus.RejectAsync(new ReturnCase { CaseId = _caseId, Actor = "demolition-office" });
        _afterRefusedReturn = await _bus.CaseAsync(_caseId);
        _returned = await _bus.AcceptAsync(new ReturnCase { CaseId = _caseId, Actor = "demolition-office", Reason = Reason });
        await _bus.AcceptAsync(new DispatchCase { CaseId = _caseId, Actor = "command-room" });
        _reassigned = await _bus.AcceptAsync(new AssignCase { CaseId = _caseId, Actor = "armed-forces-head", LeadOffice = "land-resources-station" });
        _signedFor = await _bus.AcceptAsync(new SignForCase { CaseId = _caseId, Actor = "land-resources-station" });
        _case = await _bus.CaseAsync(_caseId);
    }

    [OneTimeTearDown]
    public async Task Stop() => await _bus.DisposeAsync();

    [Test]
    public void Should_reject_a_return_without_a_reason_naming_the_field()
    {
        Assert.Multiple(() =>
        {
            Assert.That(_returnWithoutReason.Command, Is.EqualTo("Return"));
            Assert.That(_returnWithoutReason.Errors.Select(e => e.Field), Is.EqualTo(new[] { "reason" }));
            Assert.That(_afterRefusedReturn.State.Position, Is.EqualTo("dispatch.AssignedToOffice"));
            Assert.That(_afterRefusedReturn.State.Version, Is.EqualTo(5));
        });
    }

    [Test]
    public void Should_send_the_case_back_to_the_command_room()
    {
        Assert.That(_returned.State, Is.EqualTo("dispatch.Returned"));
    }

    [Test]
    public async Task Should_publish_the_return_with_its_reason()
    {
        Assert.That(await _bus.PublishedAsync<CaseReturned>(_caseId, m => m is { ReturnedBy: "demolition-office", Reason: Reason, Returns: 1 }), Is.True);
    }

    [Test]
    public void Should_let_the_command_room_dispatch_it_again_to_another_office()
    {
        Assert.Multiple(() =>
        {
            Assert.That(_reassigned.State, Is.EqualTo("dispatch.AssignedToOffice"));
            Assert.That(_signedFor.State, Is.EqualTo("handle.Accepted"));
            Assert.That(_case.State.LeadOffice, Is.EqualTo("land-resources-station"));
            Assert.That(_case.State.Platform, Is.EqualTo("enforcement"));
            Assert.That(_case.State.Returns, Is.EqualTo(1));
        });
    }

    [Test]
    public async Task Should_notify_the_new_lead_office()
    {
        Assert.That(await _bus.PublishedAsync<CaseAssigned>(_caseId, m => m.LeadOffice == "land-resources-station"), Is.True);
    }
}
