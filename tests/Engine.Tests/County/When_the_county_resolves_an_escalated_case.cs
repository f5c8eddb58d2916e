using CaseFlow.Contracts.Commands;
using CaseFlow.Contracts.County;
using CaseFlow.Contracts.Events;
using CaseFlow.Engine.Cases;

namespace CaseFlow.Engine.Tests.County;

[TestFixture]
public sealed class When_the_county_resolves_an_escalated_case
{
    private const string CountyCaseNumber = "YH12345-20261127-0001";
    private const string Department = "县医疗保障局";
    private static readonly string[] WholeConversation =
    [
        "Submit", "Register", "Triage", "CountyAccept", "CountyAssign", "CountyProgress", "CountyUrge", "CountyResolve", "FeedBack", "RecordFeedback", "Rate",
    ];
    private CountyConversation _county = null!;
    private CaseState _escalated = null!;
    private CaseState _accepted = null!;
    private CaseState _assigned = null!;
    private CaseState _afterNotices = null!;
    private CaseState _resolved = null!;
    private CaseState _closed = null!;
    private CaseView _view = null!;
    private DateTimeOffset _deadline;

    [OneTimeSetUp]
    public async Task Converse()
    {
        _county = await CountyConversation.StartAsync();
        _escalated = await _county.EscalatedCaseAsync("county-resolve-1");
        var id = _escalated.Id;
        _deadline = _county.Clock.GetUtcNow().AddDays(7);
        _accepted = await _county.AcceptAsync(new CountyCaseAccepted { CaseId = id, CountyCaseNumber = CountyCaseNumber, Deadline = _deadline });
        _assigned = await _county.AcceptAsync(new CountyCaseAssigned { CaseId = id, Department = Department });
        await _county.AcceptAsync(new CountyProgressReported { CaseId = id, Note = "已联系医院核实报销材料" });
        _afterNotices = await _county.AcceptAsync(new CountyCaseUrged { CaseId = id, Note = "请县医保局三日内办结" });
        _resolved = await _county.AcceptAsync(new CountyCaseResolved { CaseId = id, Result = "报销款已于今日到账" });
        await _county.AcceptAsync(new FeedBackToReporter { CaseId = id, Actor = CountyConversation.CommandRoom, Message = "县12345反馈：报销款已到账" });
        await _county.AcceptAsync(new RecordFeedback { CaseId = id, Actor = "reporter", Outcome = "confirmed" });
        _closed = await _county.AcceptAsync(new RateCase { CaseId = id, Actor = "reporter", Rating = "satisfied" });
        _view = await _county.ViewAsync(id);
    }

    [OneTimeTearDown]
    public async Task Clean() => await _county.DisposeAsync();

    [Test]
    public void Should_escalate_the_case_with_its_data_and_why()
    {
        var escalation = _county.Published.Of<CaseEscalatedToCounty>().Single();
        Assert.Multiple(() =>
        {
            Assert.That(_escalated.Position, Is.EqualTo("dispatch.EscalatedToCounty"));
            Assert.That(_escalated.CountyStatus, Is.EqualTo(CountyStatuses.Escalated));
            Assert.That(escalation.CaseId, Is.EqualTo(_escalated.Id));
            Assert.That(escalation.Category, Is.EqualTo("medical-insurance"));
            Assert.That(escalation.Description, Is.EqualTo("住院医保报销三个月未到账"));
            Assert.That(escalation.ReporterPhone, Is.EqualTo("13857880003"));
            Assert.That(escalation.Reason, Does.Contain("county"));
        });
    }

    [Test]
    public void Should_record_the_county_case_number_and_deadline_on_acceptance()
    {
        Assert.Multiple(() =>
        {
            Assert.That(_accepted.Position, Is.EqualTo("dispatch.CountyAccepted"));
            Assert.That(_accepted.CountyStatus, Is.EqualTo(CountyStatuses.Accepted));
            Assert.That(_accepted.CountyCaseNumber, Is.EqualTo(CountyCaseNumber));
            Assert.That(_accepted.CountyDeadline, Is.EqualTo(_deadline));
            Assert.That(_closed.CountyDeadline, Is.EqualTo(_deadline), "the deadline stays on the case");
        });
    }

    [Test]
    public void Should_record_the_county_department_on_assignment()
    {
        Assert.Multiple(() =>
        {
            Assert.That(_assigned.Position, Is.EqualTo("dispatch.CountyAssigned"));
            Assert.That(_assigned.CountyStatus, Is.EqualTo(CountyStatuses.Assigned));
            Assert.That(_assigned.CountyDepartment, Is.EqualTo(Department));
        });
    }

    [Test]
    public void Should_keep_the_state_and_record_progress_and_urging_in_the_history()
    {
        var progress = _view.History.Single(e => e.Trigger == Triggers.CountyProgress);
        var urge = _view.History.Single(e => e.Trigger == Triggers.CountyUrge);
        Assert.Multiple(() =>
        {
            Assert.That(_afterNotices.Position, Is.EqualTo("dispatch.CountyAssigned"));
            Assert.That(progress.Payload.Note, Is.EqualTo("已联系医院核实报销材料"));
            Assert.That((progress.From, progress.To), Is.EqualTo(("dispatch.CountyAssigned", "dispatch.CountyAssigned")));
            Assert.That(urge.Payload.Note, Is.EqualTo("请县医保局三日内办结"));
            Assert.That(new[] { progress.Actor, urge.Actor }, Is.All.EqualTo("county-12345"));
        });
    }

    [Test]
    public void Should_pass_the_urging_notice_to_the_command_room()
    {
        var notice = _county.Published.Of<SupervisionNoticeIssued>().Single();
        Assert.Multiple(() =>
        {
            Assert.That(notice.Kind, Is.EqualTo("countyUrge"));
            Assert.That(notice.Recipient, Is.EqualTo(CountyConversation.CommandRoom));
            Assert.That(notice.Note, Is.EqualTo("请县医保局三日内办结"));
        });
    }

    [Test]
    public void Should_report_the_county_result_to_the_command_room_and_enter_feedback()
    {
        var reported = _county.Published.Of<CaseResultReported>().Single();
        Assert.Multiple(() =>
        {
            Assert.That(_resolved.Position, Is.EqualTo("feedback.ResultReported"));
            Assert.That(_resolved.CountyStatus, Is.EqualTo(CountyStatuses.Resolved));
            Assert.That(_resolved.Result, Is.EqualTo("报销款已于今日到账"));
            Assert.That(reported.Result, Is.EqualTo("报销款已于今日到账"));
            Assert.That(reported.ReportedBy, Is.EqualTo("county-12345"));
        });
    }

    [Test]
    public void Should_feed_back_to_the_reporter_who_rates_it_and_closes_it()
    {
        var notified = _county.Published.Of<ReporterNotified>().Single(m => m.Link is null);
        var closed = _county.Published.Of<CaseClosed>().Single();
        Assert.Multiple(() =>
        {
            Assert.That(notified.Phone, Is.EqualTo("13857880003"));
            Assert.That(notified.Message, Does.Contain("报销款已到账"));
            Assert.That(_closed.Position, Is.EqualTo("assess.Closed"));
            Assert.That(closed.Rating, Is.EqualTo("satisfied"));
            Assert.That(_view.History.Select(e => e.Trigger), Is.EqualTo(WholeConversation));
        });
    }

    [Test]
    public void Should_not_tell_the_county_about_a_closing_it_did_not_hand_down() =>
        Assert.That(_county.Published.Of<HandedDownCaseClosed>(), Is.Empty);
}
