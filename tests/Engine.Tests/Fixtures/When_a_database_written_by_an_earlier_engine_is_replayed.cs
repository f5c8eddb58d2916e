using System.Globalization;
using CaseFlow.Engine.Audit;
using CaseFlow.Engine.Cases;
using CaseFlow.Engine.Definitions;
using CaseFlow.Engine.History;
using CaseFlow.Engine.Supervision;
using CaseFlow.Engine.Tests.History;
using Microsoft.Data.Sqlite;
using static CaseFlow.Engine.Tests.Fixtures.ReplayFixtureCases;

namespace CaseFlow.Engine.Tests.Fixtures;

/// <summary>
/// <c>replay-main.db</c> was written by the engine of an earlier commit (see Fixtures/README.md): eighteen cases through every
/// workflow, trigger and effect, two definition versions in the format of that time and a migration between them. Opened by
/// today's engine, every case's history must replay on its pinned versions with its hash chain intact and fold to exactly what
/// the store holds — snapshot, listing columns, deadlines, supervision state and the timers planned.
/// </summary>
[TestFixture]
public sealed class When_a_database_written_by_an_earlier_engine_is_replayed
{
    private static readonly DateTimeOffset LastWrite = new(2025, 3, 17, 10, 0, 0, TimeSpan.FromHours(8));

    private TemporaryDatabase _copy = null!;
    private SqliteCaseStore _store = null!;
    private DefinitionRegistry _definitions = null!;
    private readonly Dictionary<string, FixtureCase> _cases = new(StringComparer.Ordinal);

    [OneTimeSetUp]
    public async Task OpenACopy()
    {
        _copy = new TemporaryDatabase();
        File.Copy(Path.Combine(TestContext.CurrentContext.TestDirectory, "Fixtures", "replay-main.db"), _copy.Path);
        _store = SqliteCaseStore.ForFile(_copy.Path);
        await _store.InitialiseAsync();
        _definitions = new DefinitionRegistry(_store);
        Assert.That(await _definitions.LoadCurrentAsync(), Is.True, "the fixture holds published definitions");
        var audit = new CaseAudit(_store, _definitions);
        var columns = await ListingColumnsAsync();
        foreach (var head in await _store.ListHeadsAsync())
        {
            var report = (await audit.ReplayAsync(head.CaseId))!;
            var stored = (await _store.ReadSnapshotAsync(head.CaseId))!;
            var definition = await _definitions.GetAsync(report.State!.DefinitionVersion);
            _cases[stored.ClientKey] = new FixtureCase(
                report,
                stored,
                columns[head.CaseId],
                await _store.ReadTimersAsync(head.CaseId),
                SupervisionSchedule.Plan(report.State, definition),
                CaseDecider.PermittedTriggers(report.State, definition));
        }
    }

    [OneTimeTearDown]
    public void Clean()
    {
        _definitions.Dispose();
        _copy.Dispose();
    }

    [Test]
    public void Should_hold_every_scripted_case() =>
        Assert.That(_cases.Keys, Is.EquivalentTo(new[]
        {
            TownshipLoop, ReturnedThenSentBack, ExtensionGranted, ExtensionRefused, JointHandling, Ladder, NeverSignedFor, CountyResolved,
            CountySilent, CountySentBack, InvalidSubmitted, InvalidRegistered, Duplicate, DisputedThenClosed, Migrated,
            SignedForOnVersionTwo, AssignedOnVersionTwo, CountyAcceptedOnVersionTwo,
        }));

    [Test]
    public void Should_replay_every_history_faithfully_with_its_hash_chain_intact() =>
        Assert.Multiple(() =>
        {
            foreach (var (key, c) in _cases)
            {
                Assert.That(c.Report.Divergences, Is.Empty, $"{key}: {string.Join("; ", c.Report.Divergences)}");
                Assert.That(c.Report.Steps, Has.Count.EqualTo(c.Stored.Version), key);
            }
        });

    [Test]
    public void Should_fold_every_history_to_the_stored_snapshot() =>
        Assert.Multiple(() =>
        {
            foreach (var (key, c) in _cases)
            {
                var folded = c.Report.State!;
                Assert.That(
                    (folded.Position, folded.Supervision, folded.IsFinal, folded.Version, folded.LastHash, folded.DefinitionVersion),
                    Is.EqualTo((c.Stored.Position, c.Stored.Supervision, c.Stored.IsFinal, c.Stored.Version, c.Stored.LastHash, c.Stored.DefinitionVersion)),
                    key);
                Assert.That(
                    (folded.SignForDeadline, folded.HandlingDeadline, folded.CountyDeadline, folded.LastUrgedAt, folded.Escalations, folded.CountyUrges),
                    Is.EqualTo((c.Stored.SignForDeadline, c.Stored.HandlingDeadline, c.Stored.CountyDeadline, c.Stored.LastUrgedAt, c.Stored.Escalations, c.Stored.CountyUrges)),
                    key);
            }
        });

    [Test]
    public void Should_fold_every_history_to_the_stored_listing_columns() =>
        Assert.Multiple(() =>
        {
            foreach (var (key, c) in _cases)
            {
                var folded = c.Report.State!;
                var expected = new ListingRow(folded.Workflow, folded.State, folded.Version, folded.UpdatedAt, folded.SubmittedAt, CaseFilter.OverdueFrom(folded));
                Assert.That(c.Columns, Is.EqualTo(expected), key);
            }
        });

    [Test]
    public void Should_plan_from_every_folded_case_the_timers_the_store_holds() =>
        Assert.Multiple(() =>
        {
            foreach (var (key, c) in _cases)
            {
                Assert.That(c.Planned.Select(t => (t.Kind, t.DueAt)), Is.EquivalentTo(c.Timers.Select(t => (t.Kind, t.DueAt))), key);
            }
        });

    [Test]
    public void Should_have_left_each_case_where_the_script_took_it() =>
        Assert.Multiple(() =>
        {
            var expected = new Dictionary<string, (string Position, string? Supervision, int Version)>
            {
                [TownshipLoop] = ("assess.Closed", null, 1),
                [ReturnedThenSentBack] = ("dispatch.AssignedToPlatform", null, 2),
                [ExtensionGranted] = ("feedback.ResultReported", null, 2),
                [ExtensionRefused] = ("feedback.FedBack", null, 2),
                [JointHandling] = ("feedback.ResultReported", null, 2),
                [Ladder] = ("handle.Accepted", "EscalatedToMainLeader", 2),
                [NeverSignedFor] = ("dispatch.AssignedToOffice", null, 2),
                [CountyResolved] = ("assess.Closed", null, 1),
                [CountySilent] = ("dispatch.CountyAccepted", null, 2),
                [CountySentBack] = ("dispatch.AwaitingDispatch", null, 2),
                [InvalidSubmitted] = ("receive.Invalid", null, 1),
                [InvalidRegistered] = ("receive.Invalid", null, 1),
                [Duplicate] = ("receive.Duplicate", null, 1),
                [DisputedThenClosed] = ("assess.Closed", null, 1),
                [Migrated] = ("feedback.ResultReported", null, 2),
                [SignedForOnVersionTwo] = ("handle.Accepted", "OnTrack", 2),
                [AssignedOnVersionTwo] = ("dispatch.AssignedToOffice", null, 2),
                [CountyAcceptedOnVersionTwo] = ("dispatch.CountyAccepted", null, 2),
            };
            foreach (var (key, (position, supervision, version)) in expected)
            {
                var folded = _cases[key].Report.State!;
                Assert.That((folded.Position, folded.Supervision, folded.DefinitionVersion), Is.EqualTo((position, supervision, version)), key);
            }
        });

    [Test]
    public void Should_replay_the_migration_on_both_versions()
    {
        var steps = _cases[Migrated].Report.Steps;
        var migration = steps.Single(s => s.Trigger == "Migrate");

        Assert.Multiple(() =>
        {
            Assert.That((migration.From, migration.To), Is.EqualTo(("handle.InProgress", "handle.Working")));
            Assert.That(steps[^1].Trigger, Is.EqualTo("Complete"));
            Assert.That(steps[^1].From, Is.EqualTo("handle.Working"));
        });
    }

    [Test]
    public void Should_keep_the_deadlines_the_calendar_gave() =>
        Assert.Multiple(() =>
        {
            // Sanitation: 3 working days from Monday 3 March (Thursday 6 March 17:30), extended by 3 (Friday, Monday, Tuesday).
            Assert.That(_cases[ExtensionGranted].Report.State!.HandlingDeadline, Is.EqualTo(Shanghai(3, 11, 17, 30)));
            // Illegal construction: 10 working days from Monday 17 March.
            Assert.That(_cases[SignedForOnVersionTwo].Report.State!.HandlingDeadline, Is.EqualTo(Shanghai(3, 31, 17, 30)));
            Assert.That(_cases[CountyAcceptedOnVersionTwo].Report.State!.CountyDeadline, Is.EqualTo(Shanghai(3, 28, 17, 30)));
        });

    [Test]
    public void Should_record_every_rung_of_supervision_on_the_ladder_case()
    {
        var triggers = _cases[Ladder].Report.Steps.Select(s => s.Trigger).ToList();

        Assert.Multiple(() =>
        {
            Assert.That(triggers, Does.Contain("Warn").And.Contain("MarkOverdue").And.Contain("Urge"));
            Assert.That(triggers.Count(t => t == "Escalate"), Is.EqualTo(3));
            Assert.That(_cases[NeverSignedFor].Report.Steps.Count(s => s.Trigger == "UrgeSignFor"), Is.GreaterThanOrEqualTo(2));
            Assert.That(_cases[CountySilent].Report.State!.CountyUrges, Is.EqualTo(3));
            Assert.That(_cases[CountyResolved].Report.State!.CallbackOverdue, Is.True);
            Assert.That(_cases[TownshipLoop].Report.State!.Callbacks, Is.EqualTo(1));
        });
    }

    [Test]
    public void Should_plan_the_timers_still_ahead_of_the_last_write() =>
        Assert.Multiple(() =>
        {
            Assert.That(_cases[SignedForOnVersionTwo].Planned.Select(t => t.Kind), Is.EquivalentTo(new[] { TimerKinds.Warn, TimerKinds.Overdue }));
            Assert.That(_cases[AssignedOnVersionTwo].Planned.Select(t => t.Kind), Is.EqualTo(new[] { TimerKinds.SignForOverdue }));
            Assert.That(_cases[CountyAcceptedOnVersionTwo].Planned.Select(t => (t.Kind, t.DueAt)), Is.EqualTo(new[] { (TimerKinds.CountySilence, Shanghai(3, 28, 17, 30)) }));
            Assert.That(_cases[CountySilent].Planned, Is.Empty, "urged three times, the most the policy allows");
            Assert.That(_cases.Values.SelectMany(c => c.Planned).Select(t => t.DueAt), Is.All.GreaterThan(LastWrite));
        });

    [Test]
    public void Should_permit_at_known_positions_what_the_definition_declares() =>
        Assert.Multiple(() =>
        {
            Assert.That(_cases[NeverSignedFor].Permitted, Is.EquivalentTo(new[] { "Return", "SignFor", "UrgeSignFor" }));
            Assert.That(_cases[CountySilent].Permitted, Is.EquivalentTo(new[] { "CountyAssign", "CountyProgress", "CountyUrge", "CountyResolve", "CountySendBack", "UrgeCounty" }));
            Assert.That(_cases[SignedForOnVersionTwo].Permitted, Is.EquivalentTo(new[] { "ReportProgress", "Complete", "Return", "Warn", "Urge", "MarkOverdue" }));
            Assert.That(_cases[Ladder].Permitted, Is.EquivalentTo(new[] { "ReportProgress", "Complete", "Return" }));
            Assert.That(_cases[TownshipLoop].Permitted, Is.EquivalentTo(new[] { "RecordCallback" }));
            Assert.That(_cases[CountyResolved].Permitted, Is.EquivalentTo(new[] { "RecordCallback" }), "flagged once, never again");
        });

    private static DateTimeOffset Shanghai(int month, int day, int hour, int minute = 0) => new(2025, month, day, hour, minute, 0, TimeSpan.FromHours(8));

    private async Task<Dictionary<Guid, ListingRow>> ListingColumnsAsync()
    {
        var rows = new Dictionary<Guid, ListingRow>();
        await using var connection = new SqliteConnection($"Data Source={_copy.Path}");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT case_id, workflow, state, version, updated_at, submitted_at, overdue_from FROM cases";
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            rows[Guid.Parse(reader.GetString(0))] = new ListingRow(
                reader.GetString(1),
                reader.GetString(2),
                reader.GetInt64(3),
                Instant(reader.GetString(4)),
                Instant(reader.GetString(5)),
                reader.IsDBNull(6) ? null : Instant(reader.GetString(6)));
        }

        return rows;
    }

    private static DateTimeOffset Instant(string text) => DateTimeOffset.Parse(text, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind);

    private sealed record ListingRow(string Workflow, string State, long Version, DateTimeOffset UpdatedAt, DateTimeOffset SubmittedAt, DateTimeOffset? OverdueFrom);

    private sealed record FixtureCase(
        ReplayReport Report,
        CaseState Stored,
        ListingRow Columns,
        IReadOnlyList<CaseTimer> Timers,
        IReadOnlyList<CaseTimer> Planned,
        IReadOnlyList<string> Permitted);
}
