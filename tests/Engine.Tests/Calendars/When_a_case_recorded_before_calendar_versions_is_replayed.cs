using CaseFlow.Engine.Audit;
using CaseFlow.Engine.Calendars;
using CaseFlow.Engine.Cases;
using CaseFlow.Engine.Supervision;
using CaseFlow.Workflows.Calendar;
using CaseFlow.Workflows.Loading;
using CaseFlow.Workflows.Model;

namespace CaseFlow.Engine.Tests.Calendars;

/// <summary>
/// A case whose events record no calendar version (decided as CaseFlow did before calendars were published on their own) replays
/// exactly, and keeps planning on its definition's calendar, even when a calendar version with other holidays is current.
/// </summary>
[TestFixture]
public sealed class When_a_case_recorded_before_calendar_versions_is_replayed
{
    private CaseScenario _case = null!;
    private CalendarSet _calendars = null!;

    [OneTimeSetUp]
    public void Record()
    {
        // CaseScenario decides without calendars, as before.
        _case = CaseScenario.Assigned("sanitation").Then(Triggers.SignFor, actor: null);
        // Version 2 makes Tuesday 4 March 2025, inside the case's handling time, a holiday: had the case counted on it, its deadline would move.
        var shipped = CalendarLoader.Parse(CalendarText.With2027()).Calendar!;
        var other = shipped with
        {
            Years = [.. shipped.Years.Select(y => y.Year == 2025 ? y with { Holidays = [.. y.Holidays, new Holiday { Name = "test", From = "2025-03-04", To = "2025-03-04" }] } : y)],
        };
        _calendars = new CalendarSet(new Dictionary<int, WorkingCalendar> { [1] = CaseScenario.Definition.Calendar!, [2] = new WorkingCalendar(other) }, 2);
    }

    [Test]
    public void Should_record_no_calendar_version_on_its_deadlines()
    {
        var deadlines = _case.History.Where(e => e.Payload.Deadline is not null).ToList();
        Assert.That((deadlines.Count, deadlines.Count(e => e.Payload.CalendarVersion is null)), Is.EqualTo((2, 2)), "the sign-for and the handling deadline");
    }

    [Test]
    public void Should_replay_without_divergence_with_another_calendar_current()
    {
        var history = CaseFlow.Engine.History.EventChain.Seal(_case.History, null);
        var stored = CaseEvolver.Replay(history, CaseScenario.Definition);
        var report = CaseReplayer.Replay(_case.State.Id, history, new Dictionary<int, Workflows.Compilation.CompiledDefinition> { [CaseScenario.DefinitionVersion] = CaseScenario.Definition }, stored, _calendars);

        Assert.Multiple(() =>
        {
            Assert.That(report.Divergences, Is.Empty);
            Assert.That((report.State!.HandlingDeadline, report.State.CalendarVersion), Is.EqualTo((_case.State.HandlingDeadline, (int?)null)));
        });
    }

    [Test]
    public void Should_plan_its_timers_on_its_definitions_calendar() =>
        Assert.That(SupervisionSchedule.Plan(_case.State, CaseScenario.Definition, _calendars), Is.EqualTo(SupervisionSchedule.Plan(_case.State, CaseScenario.Definition)));

    [Test]
    public void Should_have_a_deadline_the_current_calendar_would_move() =>
        Assert.That(SupervisionSchedule.HandlingDeadline(_case.State, CaseScenario.Definition, _case.State.SignedForAt!.Value, _calendars.Find(2)), Is.Not.EqualTo(_case.State.HandlingDeadline));

    [Test]
    public void Should_not_be_provisional() =>
        Assert.That((_case.State.CalendarVersion, _case.State.IsProvisional), Is.EqualTo(((int?)null, false)));
}
