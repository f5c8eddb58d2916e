namespace CaseFlow.Engine.Tests.Audit;

[TestFixture]
public sealed class When_a_case_is_replayed
{
    [Test]
    public async Task Should_show_the_deadlines_its_steps_set()
    {
        using var audited = await AuditedStore.CreateAsync();
        var id = await audited.ClosedCaseAsync("replay-deadlines");

        var report = (await audited.Audit.ReplayAsync(id))!;
        var assign = report.Steps.Single(s => s.Trigger == "Assign");
        var signFor = report.Steps.Single(s => s.Trigger == "SignFor");

        Assert.Multiple(() =>
        {
            Assert.That(assign.Deadline, Is.Not.Null, "assignment sets the sign-for deadline");
            Assert.That(signFor.Deadline, Is.GreaterThan(signFor.At), "signing for sets the handling deadline, after it");
            Assert.That(report.Steps.Single(s => s.Trigger == "Register").Deadline, Is.Null);
            Assert.That(report.IsFaithful, Is.True);
        });
    }
}
