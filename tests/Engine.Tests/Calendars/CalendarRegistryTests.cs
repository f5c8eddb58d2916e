using CaseFlow.Engine.Calendars;
using CaseFlow.Engine.Definitions;
using Microsoft.Extensions.Time.Testing;

namespace CaseFlow.Engine.Tests.Calendars;

/// <summary>The calendar registry without a store: versions, the current one, the definition's calendar as version 1, and refusals.</summary>
public class CalendarRegistryTests
{
    private static readonly PublicationOrigin Admin = new(PublicationOrigin.AdminApi, "admin-wang");

    [Test]
    public async Task SeedAsync_NoVersionYet_StoresTheDefinitionsCalendarAsVersion1()
    {
        using var registry = new CalendarRegistry(null, new FakeTimeProvider());

        await registry.SeedAsync(WorkflowsFile.Definition.Definition.Calendar, 3);

        Assert.Multiple(() =>
        {
            Assert.That(registry.Current.CurrentVersion, Is.EqualTo(1));
            Assert.That(registry.CurrentInfo!.Source, Is.EqualTo("definition version 3"));
            Assert.That(registry.Declaration(1)!.Years.Select(y => y.Year), Is.EqualTo(new[] { 2025, 2026 }));
        });
    }

    [Test]
    public async Task SeedAsync_AVersionPublished_LeavesItCurrent()
    {
        using var registry = new CalendarRegistry(null, new FakeTimeProvider());
        await registry.PublishAsync(CalendarText.With2027(), Admin);

        await registry.SeedAsync(WorkflowsFile.Definition.Definition.Calendar, 4);

        Assert.That((registry.Versions.Count, registry.Declaration(1)!.Years.Count), Is.EqualTo((1, 3)));
    }

    [Test]
    public async Task PublishAsync_NewContent_BecomesTheNextVersionAndCurrent()
    {
        using var registry = new CalendarRegistry(null, new FakeTimeProvider());
        await registry.SeedAsync(WorkflowsFile.Definition.Definition.Calendar, 1);

        var publication = await registry.PublishAsync(CalendarText.With2027(), Admin);

        Assert.Multiple(() =>
        {
            Assert.That((publication.Version.Number, publication.Created), Is.EqualTo((2, true)));
            Assert.That(registry.Current.CurrentVersion, Is.EqualTo(2));
            Assert.That(registry.Current.Find(2)!.Declares(2027), Is.True);
            Assert.That(registry.Current.Find(1)!.Declares(2027), Is.False, "version 1 stays as it was");
        });
    }

    [Test]
    public async Task PublishAsync_TheCurrentContentAgain_CreatesNoVersion()
    {
        using var registry = new CalendarRegistry(null, new FakeTimeProvider());
        await registry.PublishAsync(CalendarText.With2027(), Admin);

        var again = await registry.PublishAsync(CalendarText.With2027(), Admin);

        Assert.That((again.Version.Number, again.Created, registry.Versions.Count), Is.EqualTo((1, false, 1)));
    }

    [Test]
    public async Task PublishAsync_InvalidCalendar_ThrowsEveryErrorAtItsJsonPathAndChangesNothing()
    {
        using var registry = new CalendarRegistry(null, new FakeTimeProvider());
        await registry.PublishAsync(CalendarText.Shipped(), Admin);
        var broken = CalendarText.With2027().Replace("\"2027-01-03\"", "\"2026-01-03\"", StringComparison.Ordinal).Replace("Asia/Shanghai", "Mars/Olympus", StringComparison.Ordinal);

        var thrown = Assert.ThrowsAsync<InvalidCalendarException>(() => registry.PublishAsync(broken, Admin));

        Assert.Multiple(() =>
        {
            Assert.That(thrown!.Errors.Select(e => e.Path), Is.EquivalentTo(new[] { "$.timeZone", "$.years[2].holidays[0].to" }));
            Assert.That(thrown.Errors.Single(e => e.Path == "$.years[2].holidays[0].to").Message, Does.Contain("not in 2027"));
            Assert.That(registry.Current.CurrentVersion, Is.EqualTo(1));
        });
    }

    [Test]
    public void Check_MisspeltField_IsAnErrorAtItsPath()
    {
        var check = CalendarRegistry.Check(CalendarText.Shipped().Replace("\"workingWeek\"", "\"workWeek\"", StringComparison.Ordinal));

        Assert.That(check.Errors.Select(e => e.Path), Does.Contain("$.workWeek").Or.Contain("$").And.Not.Empty);
    }
}
