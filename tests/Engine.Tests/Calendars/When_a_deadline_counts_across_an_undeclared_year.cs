using CaseFlow.Engine.Audit;
using CaseFlow.Engine.Calendars;
using CaseFlow.Engine.Cases;
using CaseFlow.Engine.Definitions;
using CaseFlow.Engine.Supervision;
using CaseFlow.Engine.Tests.Supervision;
using Microsoft.Extensions.Logging.Abstractions;
using static CaseFlow.Engine.Tests.Supervision.SupervisedTownship;

namespace CaseFlow.Engine.Tests.Calendars;

/// <summary>
/// A sanitation case (3 working days) signed for on Tuesday 29 December 2026, when the calendar declares 2025 and 2026 only: its
/// deadline counts into 2027 as if 2027 had no holidays and is provisional; publishing a calendar that declares 2027 (元旦 1–3
/// January) recomputes it and the case records the change.
/// </summary>
[TestFixture]
public sealed class When_a_deadline_counts_across_an_undeclared_year
{
    private SupervisedTownship _township = null!;
    private CaseState _signedFor = null!;
    private IReadOnlyList<ProvisionalCase> _listedBefore = null!;
    private CalendarPublication _publication = null!;
    private RecomputationReport _report = null!;
    private CaseView _after = null!;

    [OneTimeSetUp]
    public async Task SignForThenPublish2027()
    {
        _township = await StartAsync(Shanghai(2026, 12, 29, 10, 0));
        _signedFor = await _township.SignedForCaseAsync("sanitation");
        var recomputer = new DeadlineRecomputer(_township.Store, _township.Definitions, _township.Clock, NullLogger<DeadlineRecomputer>.Instance);
        _listedBefore = await recomputer.ListProvisionalAsync();
        _township.Clock.SetUtcNow(Shanghai(2026, 12, 29, 11, 0));
        _publication = await _township.Definitions.Calendars.PublishAsync(CalendarText.With2027(), new PublicationOrigin(PublicationOrigin.AdminApi, "admin-wang"));
        _report = await recomputer.RecomputeAsync("admin-wang");
        _after = await _township.ViewAsync(_signedFor.Id);
    }

    [OneTimeTearDown]
    public async Task Clean() => await _township.DisposeAsync();

    [Test]
    public void Should_count_2027_as_the_working_week_only_and_mark_the_deadline_provisional()
    {
        var clockStarted = _signedFor.Version;
        Assert.Multiple(() =>
        {
            // Wednesday 30, Thursday 31 December, then Friday 1 January 2027 counted as a working day.
            Assert.That(_signedFor.HandlingDeadline, Is.EqualTo(Shanghai(2027, 1, 1, 17, 30)));
            Assert.That(_signedFor.IsProvisional, Is.True);
            Assert.That(_signedFor.UndeclaredYears, Is.EqualTo(new[] { 2027 }));
            Assert.That(_signedFor.CalendarVersion, Is.EqualTo(1), "the definition's calendar is version 1");
            Assert.That(clockStarted, Is.GreaterThan(1));
        });
    }

    [Test]
    public void Should_record_the_calendar_version_and_the_undeclared_year_with_the_deadline()
    {
        var signFor = _after.History.Single(e => e.Trigger == Triggers.SignFor);
        Assert.That((signFor.Payload.Deadline, signFor.Payload.CalendarVersion, signFor.Payload.UndeclaredYears), Is.EqualTo((Shanghai(2027, 1, 1, 17, 30), (int?)1, (IReadOnlyList<int>?)[2027])).Using<(DateTimeOffset?, int?, IReadOnlyList<int>?)>(Same));
    }

    [Test]
    public void Should_not_mark_the_sign_for_deadline_that_falls_in_2026() =>
        Assert.That(_after.History.Single(e => e.Trigger == Triggers.Assign).Payload.UndeclaredYears, Is.Null);

    [Test]
    public void Should_list_the_case_among_the_provisional_ones_before_2027_is_published() =>
        Assert.That(_listedBefore.Select(c => (c.CaseId, c.Deadline)), Is.EqualTo(new[] { (_signedFor.Id, Shanghai(2027, 1, 1, 17, 30)) }));

    [Test]
    public void Should_publish_the_calendar_as_version_2() =>
        Assert.That((_publication.Version.Number, _publication.Created, _publication.Version.PublishedBy), Is.EqualTo((2, true, "admin-wang")));

    [Test]
    public void Should_recompute_the_deadline_past_the_new_year_holiday()
    {
        Assert.Multiple(() =>
        {
            // 元旦 1–3 January: the third working day is Monday 4 January.
            Assert.That(_after.State.HandlingDeadline, Is.EqualTo(Shanghai(2027, 1, 4, 17, 30)));
            Assert.That(_after.State.IsProvisional, Is.False);
            Assert.That(_after.State.CalendarVersion, Is.EqualTo(2));
            Assert.That(_report.Recomputed.Select(r => (r.CaseId, r.From, r.To)), Is.EqualTo(new[] { (_signedFor.Id, (DateTimeOffset?)Shanghai(2027, 1, 1, 17, 30), Shanghai(2027, 1, 4, 17, 30)) }));
            Assert.That(_report.StillProvisional, Is.Empty);
        });
    }

    [Test]
    public void Should_record_the_recomputation_as_an_event_on_the_hash_chain()
    {
        var last = _after.History[^1];
        Assert.Multiple(() =>
        {
            Assert.That(last.Trigger, Is.EqualTo(Triggers.RecomputeDeadline));
            Assert.That(last.Sequence, Is.EqualTo(_signedFor.Version + 1));
            Assert.That(last.PreviousHash, Is.EqualTo(_signedFor.LastHash));
            Assert.That((last.From, last.To), Is.EqualTo((_signedFor.Position, _signedFor.Position)), "it moves the case nowhere");
            Assert.That((last.Actor, last.ActorKind, last.Identity), Is.EqualTo(("system", ActorKinds.System, "admin-wang")));
            Assert.That((last.Payload.Deadline, last.Payload.CalendarVersion), Is.EqualTo(((DateTimeOffset?)Shanghai(2027, 1, 4, 17, 30), (int?)2)));
        });
    }

    [Test]
    public async Task Should_plan_the_overdue_timer_at_the_recomputed_deadline()
    {
        var timers = await _township.Store.ReadTimersAsync(_signedFor.Id);
        Assert.That(timers.Single(t => t.Kind == TimerKinds.Overdue).DueAt, Is.EqualTo(Shanghai(2027, 1, 4, 17, 30)));
    }

    [Test]
    public async Task Should_replay_without_divergence_on_the_calendars_each_step_recorded()
    {
        var report = await new CaseAudit(_township.Store, _township.Definitions).ReplayAsync(_signedFor.Id);
        Assert.That(report!.Divergences, Is.Empty);
    }

    [Test]
    public async Task Should_refuse_a_recomputation_sent_as_a_command()
    {
        var reason = await _township.RefuseAsync(_signedFor.Id, Triggers.RecomputeDeadline, CommandRoom);
        Assert.That(reason, Does.Contain("only by CaseFlow"));
    }

    private static bool Same((DateTimeOffset?, int?, IReadOnlyList<int>?) a, (DateTimeOffset?, int?, IReadOnlyList<int>?) b) =>
        a.Item1 == b.Item1 && a.Item2 == b.Item2 && (a.Item3 ?? []).SequenceEqual(b.Item3 ?? []);
}
