namespace CaseFlow.Engine.Tests.Audit;

[TestFixture]
public sealed class When_an_auditor_asks_as_of_an_instant
{
    [Test]
    public async Task Should_show_the_case_as_it_stood_then()
    {
        using var audited = await AuditedStore.CreateAsync();
        var submittedAt = audited.Time.GetUtcNow();
        var id = await audited.ClosedCaseAsync("as-of-1");

        // The steps were a minute apart: Register at +1, Triage +2, Dispatch +3, Assign +4, SignFor +5 …
        var beforeSubmission = await audited.Audit.AsOfAsync(id, submittedAt.AddSeconds(-1));
        var atAssignment = await audited.Audit.AsOfAsync(id, submittedAt.AddMinutes(4).AddSeconds(30));
        var atTheEnd = await audited.Audit.AsOfAsync(id, submittedAt.AddHours(1));

        Assert.Multiple(() =>
        {
            Assert.That(beforeSubmission, Is.Null);
            Assert.That(atAssignment!.Position, Is.EqualTo("dispatch.AssignedToOffice"));
            Assert.That(atAssignment.Version, Is.EqualTo(5));
            Assert.That(atTheEnd!.Position, Is.EqualTo("assess.Closed"));
        });
    }
}
