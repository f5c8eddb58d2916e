using CaseFlow.Engine.Audit;
using CaseFlow.Engine.Cases;
using CaseFlow.Engine.History;
using CaseFlow.Engine.Migration;
using CaseFlow.Engine.Tests.Definitions;

namespace CaseFlow.Engine.Tests.Migration;

/// <summary>
/// Version 2 renames handle.InProgress to handle.Working and drops the medical-insurance category. Four cases run on version 1:
/// one just submitted, one being handled (InProgress), one escalated to the county about medical insurance, one already ended.
/// A dry run without a mapping, a dry run with a wrong mapping, then the migration applied with the mapping.
/// </summary>
[TestFixture]
public sealed class When_running_cases_are_migrated
{
    private static readonly Dictionary<string, string> Mapping = new() { ["handle.InProgress"] = "handle.Working" };

    private VersionedEngine _engine = null!;
    private CaseState _submitted = null!;
    private CaseState _working = null!;
    private CaseState _county = null!;
    private CaseState _ended = null!;
    private MigrationReport _dryRun = null!;
    private MigrationReport _wrongMapping = null!;
    private MigrationReport _applied = null!;
    private MigrationReport _again = null!;
    private CaseView _workingAfterMigration = null!;
    private Dictionary<Guid, IReadOnlyList<CaseEvent>> _before = null!;

    [OneTimeSetUp]
    public async Task Migrate()
    {
        _engine = await VersionedEngine.StartAsync();
        _submitted = await _engine.SubmitAsync();
        _working = await _engine.InProgressAsync();
        _county = await _engine.SubmitAsync("medical-insurance");
        await _engine.AcceptAsync(_county.Id, Triggers.Register);
        _county = await _engine.AcceptAsync(_county.Id, Triggers.Triage);
        _ended = await _engine.SubmitAsync();
        _ended = await _engine.AcceptAsync(_ended.Id, Triggers.MarkInvalid, payload: new CasePayload { Reason = "非政务事项" });
        await _engine.PublishAsync(DefinitionText.WithoutCategory("medical-insurance", DefinitionText.WithStateRenamed("handle", "InProgress", "Working")));
        _before = new();
        foreach (var c in new[] { _submitted, _working, _county, _ended })
        {
            _before[c.Id] = await _engine.Store.ReadAsync(c.Id);
        }

        _dryRun = await _engine.Migrator.PlanAsync(Request());
        _wrongMapping = await _engine.Migrator.PlanAsync(Request(new() { ["handle.InProgres"] = "handle.Working", ["handle.Accepted"] = "handle.Completed" }));
        _applied = await _engine.Migrator.ApplyAsync(Request(Mapping));
        _again = await _engine.Migrator.ApplyAsync(Request(Mapping));
        _workingAfterMigration = await _engine.ViewAsync(_working.Id);
    }

    [OneTimeTearDown]
    public async Task Stop() => await _engine.DisposeAsync();

    [Test]
    public void Should_list_in_the_dry_run_the_cases_that_move_with_their_states()
    {
        Assert.Multiple(() =>
        {
            Assert.That(_dryRun.Applied, Is.False);
            Assert.That(_dryRun.Moves, Is.EqualTo(new[]
            {
                new CaseMove(_submitted.Id, "neighbour-dispute", _submitted.Title, "receive.Submitted", "receive.Submitted", null, null),
            }));
            Assert.That(_dryRun.Ended, Is.EqualTo(1));
        });
    }

    [Test]
    public void Should_say_in_the_dry_run_why_each_other_running_case_cannot_move()
    {
        var reasons = _dryRun.CannotMove.ToDictionary(h => h.CaseId, h => h.Reason);

        Assert.Multiple(() =>
        {
            Assert.That(reasons.Keys, Is.EquivalentTo(new[] { _working.Id, _county.Id }));
            Assert.That(reasons[_working.Id], Does.Contain("'handle.InProgress' is not in version 2").And.Contain("\"handle.InProgress\": \"handle.<state>\""));
            Assert.That(reasons[_county.Id], Does.Contain("category 'medical-insurance' is not in version 2"));
            Assert.That(_dryRun.CannotMove.Single(h => h.CaseId == _working.Id).Supervision, Is.EqualTo("OnTrack"));
        });
    }

    [Test]
    public void Should_refuse_a_mapping_that_names_states_no_version_has_or_where_cases_cannot_wait()
    {
        var problems = _wrongMapping.Problems.ToDictionary(p => p.Field, p => p.Message);

        Assert.Multiple(() =>
        {
            Assert.That(_wrongMapping.IsValid, Is.False);
            Assert.That(_wrongMapping.Moves, Is.Empty);
            Assert.That(problems["stateMapping.handle.InProgres"], Does.Contain("not a state of version 1").And.Contain("InProgress"));
            Assert.That(problems["stateMapping.handle.Accepted"], Does.Contain("hands cases on"));
        });
    }

    [Test]
    public void Should_move_with_the_mapping_every_case_that_can_move()
    {
        Assert.Multiple(() =>
        {
            Assert.That(_applied.Applied, Is.True);
            Assert.That(_applied.Moves.Select(m => (m.CaseId, m.From, m.To, m.SupervisionTo)), Is.EquivalentTo(new[]
            {
                (_submitted.Id, "receive.Submitted", "receive.Submitted", (string?)null),
                (_working.Id, "handle.InProgress", "handle.Working", "OnTrack"),
            }));
            Assert.That(_applied.CannotMove.Select(h => h.CaseId), Is.EqualTo(new[] { _county.Id }));
        });
    }

    [Test]
    public async Task Should_record_one_migration_event_per_moved_case_and_leave_its_earlier_history_as_it_was()
    {
        var history = await _engine.Store.ReadAsync(_working.Id);
        var before = _before[_working.Id];
        var migrate = history.Single(e => e.Trigger == Triggers.Migrate);

        Assert.Multiple(() =>
        {
            Assert.That(history.Take(before.Count), Is.EqualTo(before).UsingPropertiesComparer(), "completed steps are never re-run or rewritten");
            Assert.That(migrate.Sequence, Is.EqualTo(before.Count + 1));
            Assert.That((migrate.From, migrate.To, migrate.Supervision), Is.EqualTo(("handle.InProgress", "handle.Working", "OnTrack")));
            Assert.That((migrate.Actor, migrate.Identity, migrate.ActorKind, migrate.DefinitionVersion), Is.EqualTo((VersionedEngine.Admin, VersionedEngine.Admin, ActorKinds.Administrator, 2)));
            Assert.That((migrate.Payload.FromVersion, migrate.Payload.ToVersion, migrate.Payload.Reason), Is.EqualTo(((int?)1, (int?)2, "handle.InProgress is now handle.Working")));
            Assert.That(migrate.Payload.StateMapping, Is.EqualTo(new Dictionary<string, string> { ["handle.InProgress"] = "handle.Working", ["supervise.OnTrack"] = "supervise.OnTrack" }));
            Assert.That(migrate.PreviousHash, Is.EqualTo(before[^1].Hash), "the hash chain continues");
            Assert.That(migrate.Hash, Is.EqualTo(EventChain.Compute(migrate)));
            Assert.That(_applied.Moves.Single(m => m.CaseId == _working.Id).Sequence, Is.EqualTo(migrate.Sequence));
        });
    }

    [Test]
    public async Task Should_leave_the_cases_that_cannot_move_and_the_ended_case_untouched()
    {
        Assert.Multiple(async () =>
        {
            Assert.That(await _engine.Store.ReadAsync(_county.Id), Is.EqualTo(_before[_county.Id]).UsingPropertiesComparer());
            Assert.That(await _engine.Store.ReadAsync(_ended.Id), Is.EqualTo(_before[_ended.Id]).UsingPropertiesComparer());
            Assert.That((await _engine.ViewAsync(_county.Id)).State.DefinitionVersion, Is.EqualTo(1));
        });
    }

    [Test]
    public void Should_find_nothing_left_to_move_when_applied_again()
    {
        Assert.That(_again.Moves, Is.Empty);
        Assert.That(_again.CannotMove.Select(h => h.CaseId), Is.EqualTo(new[] { _county.Id }));
    }

    [Test]
    public void Should_publish_the_move_as_a_state_change()
    {
        var changes = _engine.Published.Of<Contracts.Events.CaseStateChanged>().Where(c => c.Trigger == Triggers.Migrate).ToList();

        Assert.That(changes.Select(c => (c.CaseId, c.To)), Is.EquivalentTo(new[] { (_submitted.Id, "receive.Submitted"), (_working.Id, "handle.Working") }));
    }

    [Test]
    public void Should_offer_the_moved_case_the_new_versions_commands()
    {
        Assert.Multiple(() =>
        {
            Assert.That(_workingAfterMigration.State.Position, Is.EqualTo("handle.Working"));
            Assert.That(_workingAfterMigration.State.DefinitionVersion, Is.EqualTo(2));
            Assert.That(_workingAfterMigration.PermittedTriggers, Does.Contain(Triggers.Complete).And.Contain(Triggers.RequestExtension));
        });
    }

    [Test]
    public async Task Should_let_a_migrated_case_go_on_under_the_new_version()
    {
        var office = _working.LeadOffice!;
        var progressed = await _engine.AcceptAsync(_working.Id, Triggers.ReportProgress, office, new CasePayload { Note = "继续办理" });
        var extension = await _engine.SendAsync(_working.Id, Triggers.RequestExtension, office, new CasePayload { Reason = "复核", WorkingDays = 3 });
        var migrateAgain = await _engine.SendAsync(_working.Id, Triggers.Migrate, VersionedEngine.Admin);

        Assert.Multiple(() =>
        {
            Assert.That((progressed.Position, progressed.DefinitionVersion), Is.EqualTo(("handle.Working", 2)));
            Assert.That(extension.State?.Position, Is.EqualTo("handle.ExtensionRequested"));
            Assert.That(migrateAgain.Status, Is.EqualTo(CommandStatus.Rejected), "a migration is never a command");
        });
    }

    [Test]
    public async Task Should_replay_a_migrated_case_faithfully_through_both_versions()
    {
        var report = await _engine.ReplayAsync(_submitted.Id);
        var history = await _engine.Store.ReadAsync(_submitted.Id);
        var withOnlyTheFirstVersion = CaseReplayer.Replay(_submitted.Id, history, await _engine.Definitions.GetAsync(1), await _engine.Store.ReadSnapshotAsync(_submitted.Id), _engine.Definitions.Calendars.Current);

        Assert.Multiple(() =>
        {
            Assert.That(report.Divergences, Is.Empty);
            Assert.That(report.IsFaithful, Is.True);
            Assert.That(report.DefinitionVersion, Is.EqualTo(2));
            Assert.That(report.Steps.Select(s => s.Trigger), Is.EqualTo(new[] { Triggers.Submit, Triggers.Migrate }));
            Assert.That(withOnlyTheFirstVersion.Divergences.Select(d => d.Kind), Does.Contain("definition"));
        });
    }

    [Test]
    public async Task Should_replay_the_handled_case_faithfully_after_it_went_on()
    {
        await _engine.AcceptAsync(_working.Id, Triggers.Urge, "command-room");
        var report = await _engine.ReplayAsync(_working.Id);

        Assert.That(report.Divergences, Is.Empty);
        Assert.That(report.Steps.Select(s => s.Trigger), Does.Contain(Triggers.Migrate));
    }

    [Test]
    public async Task Should_report_a_tampered_migration_as_a_divergence()
    {
        var history = (await _engine.Store.ReadAsync(_submitted.Id)).ToList();
        var forged = history[^1] with { To = "receive.Registered", Reached = "receive.Registered" };
        history[^1] = forged with { Hash = EventChain.Compute(forged) };

        var report = CaseReplayer.Replay(_submitted.Id, history, await _engine.Definitions.ForHistoryAsync(history), null, _engine.Definitions.Calendars.Current);

        Assert.That(report.Divergences.Select(d => d.Kind), Does.Contain("different-outcome"));
    }

    private static MigrationRequest Request(Dictionary<string, string>? mapping = null) => new()
    {
        FromVersion = 1,
        ToVersion = 2,
        StateMapping = mapping ?? [],
        Actor = VersionedEngine.Admin,
        Reason = "handle.InProgress is now handle.Working",
    };
}
