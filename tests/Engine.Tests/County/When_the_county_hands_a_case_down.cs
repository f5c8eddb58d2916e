using CaseFlow.Contracts.Commands;
using CaseFlow.Contracts.County;
using CaseFlow.Contracts.Events;
using CaseFlow.Engine.Cases;
using CaseFlow.Engine.Privacy;

namespace CaseFlow.Engine.Tests.County;

[TestFixture]
public sealed class When_the_county_hands_a_case_down
{
    private const string CountyCaseNumber = "YH12345-20261127-0100";
    private CountyConversation _county = null!;
    private CaseHandedDown _handedDown = null!;
    private CommandOutcome _received = null!;
    private CommandOutcome _resent = null!;
    private int _closingsBeforeRating;
    private CaseState _closed = null!;

    [OneTimeSetUp]
    public async Task Converse()
    {
        _county = await CountyConversation.StartAsync();
        _handedDown = new CaseHandedDown
        {
            CountyCaseNumber = CountyCaseNumber,
            Category = "sanitation",
            Title = "垃圾清运不及时",
            Description = "来电反映村口垃圾桶三天未清运",
            ReporterName = "蓝阿姨",
            ReporterPhone = "13905780042",
            Location = "雾溪村村口",
            Deadline = _county.Clock.GetUtcNow().AddDays(3),
        };
        _received = await _county.SendAsync(_handedDown);
        _resent = await _county.SendAsync(_handedDown);

        var id = _received.State!.Id;
        await _county.AcceptAsync(new RegisterCase { CaseId = id, Actor = CountyConversation.CommandRoom });
        await _county.AcceptAsync(new TriageCase { CaseId = id, Actor = CountyConversation.CommandRoom });
        await _county.AcceptAsync(new DispatchCase { CaseId = id, Actor = CountyConversation.CommandRoom });
        await _county.AcceptAsync(new AssignCase { CaseId = id, Actor = "armed-forces-head" });
        await _county.AcceptAsync(new SignForCase { CaseId = id, Actor = "sanitation-office" });
        await _county.AcceptAsync(new CompleteCase { CaseId = id, Actor = "sanitation-office", Result = "已清运并增加清运频次" });
        await _county.AcceptAsync(new FeedBackToReporter { CaseId = id, Actor = CountyConversation.CommandRoom, Message = "已清运" });
        await _county.AcceptAsync(new RecordFeedback { CaseId = id, Actor = "reporter", Outcome = "confirmed" });
        _closingsBeforeRating = _county.Published.Of<HandedDownCaseClosed>().Count;
        _closed = await _county.AcceptAsync(new RateCase { CaseId = id, Actor = "reporter", Rating = "satisfied" });
        await _county.AcceptAsync(new RecordCallback { CaseId = id, Actor = CountyConversation.CommandRoom, CalledAt = _county.Clock.GetUtcNow(), Reached = true, Rating = "satisfied" });
    }

    [OneTimeTearDown]
    public async Task Clean() => await _county.DisposeAsync();

    [Test]
    public void Should_receive_it_with_channel_county12345_and_the_county_case_number()
    {
        var state = _received.State!;
        Assert.Multiple(() =>
        {
            Assert.That(_received.Status, Is.EqualTo(CommandStatus.Accepted));
            Assert.That(state.Position, Is.EqualTo("receive.Submitted"));
            Assert.That(state.Channel, Is.EqualTo("county12345"));
            Assert.That(state.ClientKey, Is.EqualTo($"county12345:{CountyCaseNumber}"));
            Assert.That(state.CountyCaseNumber, Is.EqualTo(CountyCaseNumber));
            Assert.That(state.CountyStatus, Is.EqualTo(CountyStatuses.HandedDown));
            Assert.That(state.CountyDeadline, Is.EqualTo(_handedDown.Deadline));
            Assert.That(state.Reporter!.Phone, Does.StartWith(SealedValue.Prefix), "the reporter's phone is kept sealed");
            Assert.That(_county.Cases.PersonalData.ShowAsync(state, disclose: true).Result.Reporter, Is.EqualTo(new CaseFlow.Engine.Cases.Reporter("蓝阿姨", "13905780042", null)));
            Assert.That(_received.Events.Single().Actor, Is.EqualTo("county-12345"));
        });
    }

    [Test]
    public void Should_treat_a_resend_as_the_same_case()
    {
        Assert.Multiple(() =>
        {
            Assert.That(_resent.Status, Is.EqualTo(CommandStatus.AlreadySubmitted));
            Assert.That(_resent.State!.Id, Is.EqualTo(_received.State!.Id));
            Assert.That(_county.Published.Of<CaseReceived>(), Has.Count.EqualTo(1));
        });
    }

    [Test]
    public void Should_tell_the_county_the_result_and_rating_when_it_closes_and_not_again_at_the_callback()
    {
        var closing = _county.Published.Of<HandedDownCaseClosed>().Single();
        Assert.Multiple(() =>
        {
            Assert.That(_closingsBeforeRating, Is.Zero, "nothing goes to the county before the case closes");
            Assert.That(_closed.Position, Is.EqualTo("assess.Closed"));
            Assert.That(closing.CountyCaseNumber, Is.EqualTo(CountyCaseNumber));
            Assert.That(closing.CaseId, Is.EqualTo(_closed.Id));
            Assert.That(closing.Result, Is.EqualTo("已清运并增加清运频次"));
            Assert.That(closing.Rating, Is.EqualTo("satisfied"));
            Assert.That(closing.ClosedAt, Is.EqualTo(_closed.ClosedAt));
        });
    }
}
