using CaseFlow.Contracts.County;
using CaseFlow.Contracts.Events;
using CaseFlow.Engine.Cases;

namespace CaseFlow.Engine.Tests.County;

[TestFixture]
public sealed class When_a_county_message_does_not_fit
{
    private static readonly string[] AcceptanceFields = ["countyCaseNumber", "deadline"];
    private CountyConversation _county = null!;

    [SetUp]
    public async Task Start() => _county = await CountyConversation.StartAsync();

    [TearDown]
    public async Task Clean() => await _county.DisposeAsync();

    [Test]
    public async Task Should_reject_a_message_for_an_unknown_case_with_a_reason()
    {
        var unknown = Guid.NewGuid();
        var outcome = await _county.SendAsync(new CountyCaseResolved { CaseId = unknown, Result = "已办结" });

        var rejected = _county.Published.Of<CaseCommandRejected>().Single();
        Assert.Multiple(() =>
        {
            Assert.That(outcome.Status, Is.EqualTo(CommandStatus.NotFound));
            Assert.That(rejected.CaseId, Is.EqualTo(unknown));
            Assert.That(rejected.Command, Is.EqualTo("CountyResolve"));
            Assert.That(rejected.Reason, Does.Contain($"there is no case {unknown}"));
        });
    }

    [Test]
    public async Task Should_reject_a_result_before_the_county_accepted_the_case_and_leave_it_unchanged()
    {
        var escalated = await _county.EscalatedCaseAsync("county-early-resolve");
        var outcome = await _county.SendAsync(new CountyCaseResolved { CaseId = escalated.Id, Result = "已办结" });

        var after = (await _county.ViewAsync(escalated.Id)).State;
        Assert.Multiple(() =>
        {
            Assert.That(outcome.Status, Is.EqualTo(CommandStatus.Rejected));
            Assert.That(outcome.Decision!.Rejection, Does.Contain("CountyResolve").And.Contain("dispatch.EscalatedToCounty").And.Contain("CountyAccept"));
            Assert.That(after.Version, Is.EqualTo(escalated.Version));
            Assert.That(after.Position, Is.EqualTo("dispatch.EscalatedToCounty"));
            Assert.That(_county.Published.Of<CaseCommandRejected>().Single().Reason, Is.EqualTo(outcome.Decision.Rejection));
        });
    }

    [Test]
    public async Task Should_reject_a_county_message_for_a_case_that_was_never_escalated()
    {
        var escalated = await _county.EscalatedCaseAsync("county-never");
        var township = await _county.AcceptAsync(new CaseHandedDown
        {
            CountyCaseNumber = "YH12345-20261127-0200",
            Category = "sanitation",
            Description = "垃圾未清运",
            ReporterName = "雷女士",
        });
        var outcome = await _county.SendAsync(new CountyCaseAccepted { CaseId = township.Id, CountyCaseNumber = "YH12345-X", Deadline = _county.Clock.GetUtcNow().AddDays(3) });

        Assert.Multiple(() =>
        {
            Assert.That(escalated.Position, Is.EqualTo("dispatch.EscalatedToCounty"));
            Assert.That(outcome.Status, Is.EqualTo(CommandStatus.Rejected));
            Assert.That(outcome.Decision!.Rejection, Does.Contain("receive.Submitted").And.Contain("CountyAccept"));
        });
    }

    [Test]
    public async Task Should_accept_a_duplicate_acceptance_only_once()
    {
        var escalated = await _county.EscalatedCaseAsync("county-twice");
        var accepted = new CountyCaseAccepted { CaseId = escalated.Id, CountyCaseNumber = "YH12345-20261127-0300", Deadline = _county.Clock.GetUtcNow().AddDays(3) };
        var first = await _county.SendAsync(accepted);
        var second = await _county.SendAsync(accepted);

        Assert.Multiple(() =>
        {
            Assert.That(first.Status, Is.EqualTo(CommandStatus.Accepted));
            Assert.That(second.Status, Is.EqualTo(CommandStatus.Rejected));
            Assert.That(second.Decision!.Rejection, Does.Contain("dispatch.CountyAccepted"));
        });
    }

    [Test]
    public async Task Should_reject_an_acceptance_without_case_number_or_deadline_naming_both_fields()
    {
        var escalated = await _county.EscalatedCaseAsync("county-no-number");
        var outcome = await _county.SendAsync(new CountyCaseAccepted { CaseId = escalated.Id });

        Assert.Multiple(() =>
        {
            Assert.That(outcome.Status, Is.EqualTo(CommandStatus.Rejected));
            Assert.That(outcome.Decision!.Problems.Select(p => p.Field), Is.EquivalentTo(AcceptanceFields));
        });
    }

    [Test]
    public async Task Should_reject_assignment_resolution_and_send_back_without_their_data()
    {
        var escalated = await _county.EscalatedCaseAsync("county-no-data");
        await _county.AcceptAsync(new CountyCaseAccepted { CaseId = escalated.Id, CountyCaseNumber = "YH12345-20261127-0400", Deadline = _county.Clock.GetUtcNow().AddDays(3) });

        var assign = await _county.SendAsync(new CountyCaseAssigned { CaseId = escalated.Id, Department = " " });
        var resolve = await _county.SendAsync(new CountyCaseResolved { CaseId = escalated.Id });
        var sendBack = await _county.SendAsync(new CountyCaseSentBack { CaseId = escalated.Id });

        Assert.Multiple(() =>
        {
            Assert.That(assign.Decision?.Problems.Single().Field, Is.EqualTo("department"));
            Assert.That(resolve.Decision?.Problems.Single().Field, Is.EqualTo("result"));
            Assert.That(sendBack.Decision?.Problems.Single().Field, Is.EqualTo("reason"));
        });
    }

    [Test]
    public async Task Should_reject_a_handed_down_case_without_a_county_case_number()
    {
        var outcome = await _county.SendAsync(new CaseHandedDown { CountyCaseNumber = "", Category = "sanitation", Description = "垃圾未清运", ReporterName = "雷女士" });

        Assert.Multiple(() =>
        {
            Assert.That(outcome.Status, Is.EqualTo(CommandStatus.Rejected));
            Assert.That(outcome.Decision!.Problems.Select(p => p.Field), Does.Contain("countyCaseNumber"));
        });
    }
}
