using CaseFlow.Engine.Cases;
using CaseFlow.Host.Workbench.Lists;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Primitives;

namespace CaseFlow.Host.Tests.Workbench.Lists;

public sealed class ListFilterTests
{
    private static ListFilter Read(params (string Name, string Value)[] parameters) =>
        ListFilter.Read(new QueryCollection(parameters.ToDictionary(p => p.Name, p => new StringValues(p.Value))), ListScenario.Definition);

    [Test]
    public void Read_ValuesTheDefinitionNames_SetsTheFilter()
    {
        var filter = Read(("platform", "governance"), ("office", "police-station"), ("state", "dispatch.Returned"), ("supervision", "Overdue"), ("overdue", "true"), ("from", "2025-03-01"), ("to", "2025-03-31"));

        Assert.That(filter.Errors, Is.Empty);
        Assert.That(filter, Is.EqualTo(new ListFilter
        {
            Platform = "governance", Office = "police-station", State = "dispatch.Returned", Supervision = "Overdue", Overdue = true,
            From = new DateOnly(2025, 3, 1), To = new DateOnly(2025, 3, 31), Errors = filter.Errors,
        }));
    }

    [Test]
    public void Read_ValuesTheDefinitionDoesNotName_AreReportedByFieldAndFilterNothing()
    {
        var filter = Read(("platform", "moon-base"), ("state", "Returned"), ("overdue", "maybe"), ("from", "2025-02-30"), ("grid", ""));

        Assert.That(filter.Errors.Keys, Is.EquivalentTo(new[] { "platform", "state", "overdue", "from" }));
        Assert.That(filter.Errors["platform"], Is.EqualTo("moon-base"));
        Assert.That(filter.Any, Is.False, "a blank field and the wrong values filter nothing");
    }

    [Test]
    public void Read_APeriodEndingBeforeItStarts_IsReportedOnTo()
    {
        var filter = Read(("from", "2025-03-10"), ("to", "2025-03-01"));

        Assert.That(filter.Errors.Keys, Is.EquivalentTo(new[] { "to" }));
        Assert.That(filter.To, Is.Null);
    }

    [Test]
    public void Matches_AnOfficeFilter_TakesTheLeadOfficeOnly()
    {
        var assigned = ListScenario.Assigned();

        Assert.That(Read(("office", "mediation-committee")).Matches(assigned.State, ListScenario.Definition, assigned.Now), Is.True);
        Assert.That(Read(("office", "police-station")).Matches(assigned.State, ListScenario.Definition, assigned.Now), Is.False);
    }

    [Test]
    public void Matches_APeriod_TakesTheDaysInChinaTimeBothEndsIncluded()
    {
        // Submitted 2025-03-03 09:00 China time (01:00 UTC).
        var received = ListScenario.Submitted();

        Assert.That(Read(("from", "2025-03-03"), ("to", "2025-03-03")).Matches(received.State, ListScenario.Definition, received.Now), Is.True);
        Assert.That(Read(("to", "2025-03-02")).Matches(received.State, ListScenario.Definition, received.Now), Is.False);
        Assert.That(Read(("from", "2025-03-04")).Matches(received.State, ListScenario.Definition, received.Now), Is.False);
    }

    [Test]
    public void Matches_Overdue_JudgesTheDeadlineAtTheInstantGiven()
    {
        var assigned = ListScenario.Assigned();
        var deadline = assigned.State.SignForDeadline!.Value;
        var overdue = Read(("overdue", "true"));

        Assert.That(overdue.Matches(assigned.State, ListScenario.Definition, deadline.AddMinutes(-1)), Is.False);
        Assert.That(overdue.Matches(assigned.State, ListScenario.Definition, deadline), Is.True);
    }
}
