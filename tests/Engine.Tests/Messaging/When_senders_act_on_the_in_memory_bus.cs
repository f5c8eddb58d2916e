using CaseFlow.Contracts.Commands;
using CaseFlow.Contracts.County;
using CaseFlow.Contracts.Events;
using CaseFlow.Engine.Cases;
using CaseFlow.Engine.Messaging;
using MassTransit;

namespace CaseFlow.Engine.Tests.Messaging;

/// <summary>
/// On the in-memory bus a command acts in a position its in-process sender (the CaseFlow-Sender header) holds: the county's
/// acceptance as the county, recorded with the sender's identity; a message naming no sender, a gateway playing the county, an
/// intake system claiming an office, anyone claiming the reporter — each refused and the case left as it was.
/// </summary>
public class When_senders_act_on_the_in_memory_bus
{
    private static readonly DateTimeOffset Deadline = new(2026, 12, 4, 17, 0, 0, TimeSpan.FromHours(8));
    private CaseFlowBus _bus = null!;
    private Guid _caseId;
    private CaseView _before = null!;
    private CaseCommandRejected _unnamed = null!;
    private CaseCommandRejected _gatewayAsCounty = null!;
    private CaseCommandRejected _hotlineAsOffice = null!;
    private CaseCommandRejected _asReporter = null!;
    private CaseView _refusedAll = null!;
    private CaseView _accepted = null!;

    [OneTimeSetUp]
    public async Task Send_an_escalated_case_messages_from_several_senders()
    {
        _bus = await CaseFlowBus.StartAsync();
        _caseId = await _bus.SubmitAsync("medical-insurance");
        await _bus.AcceptAsync(new RegisterCase { CaseId = _caseId, Actor = "command-room" });
        await _bus.AcceptAsync(new TriageCase { CaseId = _caseId, Actor = "command-room" });
        _before = await _bus.CaseAsync(_caseId);

        var accept = new CountyCaseAccepted { CaseId = _caseId, CountyCaseNumber = "YH-SENDER-1", Deadline = Deadline };
        await _bus.Harness.Bus.Publish(accept);
        _unnamed = await RejectionAsync(1);
        _gatewayAsCounty = await RejectedAsync(CaseFlowBus.Gateway, accept);
        _hotlineAsOffice = await RejectedAsync(CaseFlowBus.Hotline, new UrgeCase { CaseId = _caseId, Actor = "command-room", Note = "快" });
        _asReporter = await RejectedAsync(CaseFlowBus.Gateway, new RecordCallback { CaseId = _caseId, Actor = Positions.Reporter, Reached = true });
        _refusedAll = await _bus.CaseAsync(_caseId);

        await _bus.AcceptAsync(accept);
        _accepted = await _bus.CaseAsync(_caseId);
    }

    [OneTimeTearDown]
    public async Task Stop() => await _bus.DisposeAsync();

    [Test]
    public void Should_record_the_countys_acceptance_as_the_county_under_its_in_process_identity()
    {
        var last = _accepted.History[^1];
        Assert.Multiple(() =>
        {
            Assert.That(_accepted.State.Position, Is.EqualTo("dispatch.CountyAccepted"));
            Assert.That((last.Trigger, last.Actor, last.Identity), Is.EqualTo((Triggers.CountyAccept, "county-12345", "in-process:county12345")));
        });
    }

    [Test]
    public void Should_record_the_gateways_commands_under_its_identity() =>
        Assert.That(_accepted.History.Where(e => e.Actor == "command-room").Select(e => e.Identity), Has.All.EqualTo("in-process:township-gateway"));

    [Test]
    public void Should_refuse_a_message_that_names_no_sender() =>
        Assert.That(_unnamed.Reason, Does.Contain("names no sender").And.Contain(BusSender.Header));

    [Test]
    public void Should_refuse_the_county_message_from_the_gateway() =>
        Assert.That(_gatewayAsCounty.Reason, Does.Contain("in-process sender 'township-gateway' holds no county position"));

    [Test]
    public void Should_refuse_the_intake_system_claiming_the_command_room() =>
        Assert.That(_hotlineAsOffice.Reason, Does.Contain("claims actor 'command-room'").And.Contain("may act as system:service-hotline"));

    [Test]
    public void Should_refuse_anyone_claiming_the_reporter() =>
        Assert.That(_asReporter.Reason, Does.Contain("the reporter acts through the link issued to them"));

    [Test]
    public void Should_leave_the_case_unchanged_by_every_refusal() =>
        Assert.That((_refusedAll.State.Version, _refusedAll.State.Position), Is.EqualTo((_before.State.Version, _before.State.Position)));

    private async Task<CaseCommandRejected> RejectedAsync<T>(string sender, T command)
        where T : class
    {
        var response = await _bus.SendAsAsync(sender, command);
        Assert.That(response.Is(out Response<CaseCommandRejected>? rejected), Is.True, $"{typeof(T).Name} from {sender} should be refused");
        return rejected!.Message;
    }

    /// <summary>The n-th rejection published about the case (a message published without a request has no reply).</summary>
    private async Task<CaseCommandRejected> RejectionAsync(int count)
    {
        Assert.That(await _bus.PublishedAsync<CaseCommandRejected>(_caseId), Is.True, "a CaseCommandRejected should be published");
        var until = DateTime.UtcNow.AddSeconds(10);
        while (_bus.Published<CaseCommandRejected>(_caseId).Count < count && DateTime.UtcNow < until)
        {
            await Task.Delay(20);
        }

        return _bus.Published<CaseCommandRejected>(_caseId)[count - 1];
    }
}
