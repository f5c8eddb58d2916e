using CaseFlow.Engine.Cases;

namespace CaseFlow.Engine.Tests.Definitions;

/// <summary>
/// Version 2 drops extensions from handling and lengthens a deadline while a case is being handled on version 1: that case finishes
/// on version 1 (it may still ask for an extension), and a case submitted afterwards starts on version 2 (it may not).
/// </summary>
[TestFixture]
public sealed class When_a_version_is_published_while_cases_run
{
    private VersionedEngine _engine = null!;
    private CaseState _inFlight = null!;
    private int _published;

    [OneTimeSetUp]
    public async Task Publish()
    {
        _engine = await VersionedEngine.StartAsync();
        _inFlight = await _engine.InProgressAsync();
        _published = await _engine.PublishAsync(DefinitionText.WithDeadline("neighbour-dispute", 20, DefinitionText.WithoutExtensions()));
    }

    [OneTimeTearDown]
    public async Task Stop() => await _engine.DisposeAsync();

    [Test]
    public void Should_make_the_new_version_current()
    {
        Assert.That((_published, _engine.Definitions.CurrentVersion), Is.EqualTo((2, 2)));
    }

    [Test]
    public async Task Should_let_the_running_case_finish_on_its_version()
    {
        var office = _inFlight.LeadOffice!;
        await _engine.AcceptAsync(_inFlight.Id, Triggers.RequestExtension, office, new CasePayload { Reason = "需现场复核", WorkingDays = 5 });
        await _engine.AcceptAsync(_inFlight.Id, Triggers.DecideExtension, "deputy-secretary", new CasePayload { Approved = true });
        await _engine.AcceptAsync(_inFlight.Id, Triggers.Complete, office, new CasePayload { Result = "已调解" });
        await _engine.AcceptAsync(_inFlight.Id, Triggers.FeedBack, payload: new CasePayload { Note = "已调解" });
        await _engine.AcceptAsync(_inFlight.Id, Triggers.RecordFeedback, "reporter", new CasePayload { Feedback = "confirmed" });
        var closed = await _engine.AcceptAsync(_inFlight.Id, Triggers.Rate, "reporter", new CasePayload { Rating = "satisfied" });
        var view = await _engine.ViewAsync(_inFlight.Id);

        Assert.Multiple(() =>
        {
            Assert.That(closed.Position, Is.EqualTo("assess.Closed"));
            Assert.That(closed.DefinitionVersion, Is.EqualTo(1));
            Assert.That(view.History.Select(e => e.DefinitionVersion), Has.All.EqualTo(1));
            Assert.That(view.History.Select(e => e.Trigger), Does.Contain(Triggers.DecideExtension));
        });
    }

    [Test]
    public async Task Should_start_a_new_case_on_the_new_version_without_the_dropped_steps()
    {
        var fresh = await _engine.SubmitAsync();
        await _engine.AcceptAsync(fresh.Id, Triggers.Register);
        await _engine.AcceptAsync(fresh.Id, Triggers.Triage);
        await _engine.AcceptAsync(fresh.Id, Triggers.Dispatch);
        var assigned = await _engine.AcceptAsync(fresh.Id, Triggers.Assign, "deputy-secretary");
        await _engine.AcceptAsync(fresh.Id, Triggers.SignFor, assigned.LeadOffice!);
        await _engine.AcceptAsync(fresh.Id, Triggers.ReportProgress, assigned.LeadOffice!, new CasePayload { Note = "在办" });

        var extension = await _engine.SendAsync(fresh.Id, Triggers.RequestExtension, assigned.LeadOffice!, new CasePayload { Reason = "需现场复核", WorkingDays = 5 });

        Assert.Multiple(() =>
        {
            Assert.That(fresh.DefinitionVersion, Is.EqualTo(2));
            Assert.That(extension.Status, Is.EqualTo(CommandStatus.Rejected));
            Assert.That(extension.Decision!.Rejection, Does.Contain("RequestExtension"));
        });
    }

    [Test]
    public async Task Should_keep_both_versions_readable()
    {
        var versions = await _engine.Definitions.ListAsync();

        Assert.Multiple(async () =>
        {
            Assert.That(versions.Select(v => v.Number), Is.EqualTo(new[] { 1, 2 }));
            Assert.That((await _engine.Definitions.GetAsync(1)).Category("neighbour-dispute")!.Deadline!.WorkingDays, Is.EqualTo(10));
            Assert.That((await _engine.Definitions.GetAsync(2)).Category("neighbour-dispute")!.Deadline!.WorkingDays, Is.EqualTo(20));
        });
    }
}
