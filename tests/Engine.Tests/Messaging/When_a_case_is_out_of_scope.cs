using CaseFlow.Contracts.Commands;
using CaseFlow.Contracts.County;
using CaseFlow.Contracts.Events;
using CaseFlow.Engine.Cases;

namespace CaseFlow.Engine.Tests.Messaging;

public class When_a_case_is_out_of_scope
{
    private CaseFlowBus _bus = null!;
    private Guid _caseId;
    private CaseCommandAccepted _triaged = null!;
    private CaseView _case = null!;

    [OneTimeSetUp]
    public async Task Triage_a_medical_insurance_case()
    {
        _bus = await CaseFlowBus.StartAsync();
        _caseId = await _bus.SubmitAsync("medical-insurance");
        await _bus.AcceptAsync(new RegisterCase { CaseId = _caseId, Actor = "command-room" });
        _triaged = await _bus.AcceptAsync(new TriageCase { CaseId = _caseId, Actor = "command-room" });
        _case = await _bus.CaseAsync(_caseId);
    }

    [OneTimeTearDown]
    public async Task Stop() => await _bus.DisposeAsync();

    [Test]
    public void Should_escalate_to_the_county()
    {
        Assert.Multiple(() =>
        {
            Assert.That(_triaged.State, Is.EqualTo("dispatch.EscalatedToCounty"));
            Assert.That(_case.State.EscalatedToCounty, Is.True);
            Assert.That(_case.State.Jurisdiction, Is.EqualTo("county"));
        });
    }

    [Test]
    public async Task Should_send_the_county_the_case_with_the_reporter_and_a_reason()
    {
        var sent = await _bus.PublishedAsync<CaseEscalatedToCounty>(_caseId, m =>
            m.Category == "medical-insurance"
            && m.ReporterName == "蓝女士"
            && m.ReporterPhone == "13800000000"
            && m.Description == "A resident describes the problem and where it is."
            && m.Location == "雾溪村口"
            && m.Reason.Contains("medical-insurance", StringComparison.Ordinal));

        Assert.That(sent, Is.True);
    }

    [Test]
    public async Task Should_not_dispatch_it_inside_the_township()
    {
        Assert.That(await _bus.PublishedAsync<CaseDispatched>(_caseId), Is.False);
        Assert.That(_case.PermittedTriggers, Does.Not.Contain("Dispatch"));
    }
}
