using CaseFlow.Contracts.Commands;
using CaseFlow.Contracts.County;
using CaseFlow.Contracts.Events;
using CaseFlow.Engine.Cases;

namespace CaseFlow.Engine.Tests.County;

[TestFixture]
public sealed class When_the_county_sends_a_case_back
{
    private const string Reason = "属乡镇医保经办职责，请乡镇办理";
    private CountyConversation _county = null!;
    private CaseState _sentBack = null!;
    private CaseState _closed = null!;

    [OneTimeSetUp]
    public async Task Converse()
    {
        _county = await CountyConversation.StartAsync();
        var id = (await _county.EscalatedCaseAsync("county-send-back-1")).Id;
        await _county.AcceptAsync(new CountyCaseAccepted { CaseId = id, CountyCaseNumber = "YH12345-20261127-0002", Deadline = _county.Clock.GetUtcNow().AddDays(5) });
        await _county.AcceptAsync(new CountyCaseAssigned { CaseId = id, Department = "县医疗保障局" });
        _sentBack = await _county.AcceptAsync(new CountyCaseSentBack { CaseId = id, Reason = Reason });

        await _county.AcceptAsync(new DispatchCase { CaseId = id, Actor = CountyConversation.CommandRoom });
        await _county.AcceptAsync(new AssignCase { CaseId = id, Actor = "deputy-head-services" });
        await _county.AcceptAsync(new SignForCase { CaseId = id, Actor = "employment-security-office" });
        await _county.AcceptAsync(new CompleteCase { CaseId = id, Actor = "employment-security-office", Result = "已代办医保报销" });
        await _county.AcceptAsync(new FeedBackToReporter { CaseId = id, Actor = CountyConversation.CommandRoom, Message = "已代办医保报销" });
        await _county.AcceptAsync(new RecordFeedback { CaseId = id, Actor = "reporter", Outcome = "confirmed" });
        _closed = await _county.AcceptAsync(new RateCase { CaseId = id, Actor = "reporter", Rating = "basicallySatisfied" });
    }

    [OneTimeTearDown]
    public async Task Clean() => await _county.DisposeAsync();

    [Test]
    public void Should_return_the_case_to_township_dispatch_as_in_scope()
    {
        Assert.Multiple(() =>
        {
            Assert.That(_sentBack.Position, Is.EqualTo("dispatch.AwaitingDispatch"));
            Assert.That(_sentBack.CountyStatus, Is.EqualTo(CountyStatuses.SentBack));
            Assert.That(_sentBack.Jurisdiction, Is.EqualTo("township"));
            Assert.That(_sentBack.Returns, Is.Zero, "a send-back is the county's act, not a return (退单): it does not count toward the returns limit");
        });
    }

    [Test]
    public void Should_tell_the_command_room_who_returned_it_and_why()
    {
        var returned = _county.Published.Of<CaseReturned>().Single();
        Assert.Multiple(() =>
        {
            Assert.That(returned.ReturnedBy, Is.EqualTo("county-12345"));
            Assert.That(returned.Reason, Is.EqualTo(Reason));
        });
    }

    [Test]
    public void Should_then_be_handled_by_the_township_and_closed()
    {
        Assert.Multiple(() =>
        {
            Assert.That(_closed.Position, Is.EqualTo("assess.Closed"));
            Assert.That(_closed.LeadOffice, Is.EqualTo("employment-security-office"));
            Assert.That(_closed.Result, Is.EqualTo("已代办医保报销"));
            Assert.That(_closed.CountyStatus, Is.EqualTo(CountyStatuses.SentBack), "the county status stays visible");
        });
    }
}
