using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using CaseFlow.Contracts.Events;
using CaseFlow.Engine.Assessment;
using CaseFlow.Engine.Cases;
using CaseFlow.Engine.Tests.Assessment;
using CaseFlow.Engine.Tests.Supervision;
using CaseFlow.Tests.Renaming;
using CaseFlow.Workflows.Compilation;
using static CaseFlow.Engine.Tests.Supervision.SupervisedTownship;

namespace CaseFlow.Engine.Tests.Definitions;

/// <summary>
/// The engine gives no state a meaning by its name: the same cases, run once on workflows.json and once on a copy with every state
/// renamed, record the same histories, publish the same messages to the same recipients, plan the same timers and assess the same,
/// positions and supervision states mapped through the renaming. The cases cover the whole loop: a township case warned, urged,
/// overdue and escalated up every rung, then completed, fed back, rated and called back; a case returned, re-dispatched, urged to
/// sign for, extended, disputed, reopened and closed; a county case urged through its silence and resolved; an invalid case; and
/// the assessment week (joint handling, late sign-for, dispute, return, invalid, county, escalation).
/// </summary>
[TestFixture]
public sealed partial class When_every_state_is_renamed
{
    private static readonly JsonSerializerOptions Json = new() { WriteIndented = false };
    private static readonly DateTimeOffset AssessedAt = Shanghai(2025, 4, 30, 9);
    private Loop _original = null!;
    private Loop _renamed = null!;
    private AssessmentWeek _originalWeek = null!;
    private AssessmentWeek _renamedWeek = null!;
    private CompiledDefinition _renamedDefinition = null!;

    [OneTimeSetUp]
    public async Task RunBoth()
    {
        var renamedText = RenamedStates.Rename(await File.ReadAllTextAsync(WorkflowsFile.Path));
        _renamedDefinition = CompiledDefinition.Parse(renamedText);
        _original = await Loop.PlayAsync(await StartAsync());
        _renamed = await Loop.PlayAsync(await StartAsync(definitionText: renamedText));
        _originalWeek = await AssessmentWeek.RunAsync();
        _renamedWeek = await AssessmentWeek.RunAsync(renamedText);
    }

    [OneTimeTearDown]
    public async Task Clean()
    {
        await _original.Township.DisposeAsync();
        await _renamed.Township.DisposeAsync();
        await _originalWeek.DisposeAsync();
        await _renamedWeek.DisposeAsync();
    }

    [Test]
    public void Should_run_the_renamed_states_indeed()
    {
        var late = _renamed.Views[Loop.Late].State;
        Assert.Multiple(() =>
        {
            Assert.That(_renamedDefinition.Workflows.Values.SelectMany(w => w.Definition.States).Select(s => s.Id), Is.All.StartWith(RenamedStates.Prefix));
            Assert.That(late.Position, Is.EqualTo("assess.S_Closed"));
            Assert.That(_renamed.Views[Loop.Late].History.Select(e => e.Supervision).OfType<string>(), Does.Contain("S_EscalatedToMainLeader"));
            Assert.That(_renamed.Views[Loop.Invalid].State.Position, Is.EqualTo("receive.S_Invalid"));
        });
    }

    [TestCase(Loop.Late)]
    [TestCase(Loop.Extended)]
    [TestCase(Loop.County)]
    [TestCase(Loop.Invalid)]
    public void Should_record_the_same_history_state_and_timers(string name) =>
        Assert.That(Normalised(_renamed.Views[name], renamed: true), Is.EqualTo(Normalised(_original.Views[name], renamed: false)));

    [TestCase(Loop.Late)]
    [TestCase(Loop.Extended)]
    [TestCase(Loop.County)]
    [TestCase(Loop.Invalid)]
    public void Should_publish_the_same_messages(string name) =>
        Assert.That(Messages(_renamed, name, renamed: true), Is.EqualTo(Messages(_original, name, renamed: false)).AsCollection);

    [TestCase(Loop.Late)]
    [TestCase(Loop.Extended)]
    [TestCase(Loop.County)]
    [TestCase(Loop.Invalid)]
    public void Should_assess_the_same(string name) =>
        Assert.That(
            Normalised(CaseAssessor.Assess(Record(_renamed, _renamed.Views[name]), _renamedDefinition, AssessedAt), renamed: true),
            Is.EqualTo(Normalised(CaseAssessor.Assess(Record(_original, _original.Views[name]), WorkflowsFile.Definition, AssessedAt), renamed: false)));

    [Test]
    public void Should_tell_each_rung_of_the_ladder_and_the_silent_county_the_same_leaders() =>
        Assert.Multiple(() =>
        {
            Assert.That(_renamed.Township.Notices(_renamed.Views[Loop.Late].State.Id, "escalate").Select(n => (n.Recipient, n.SupervisionState)), Is.EqualTo(new[]
            {
                ("armed-forces-head", "S_EscalatedToCoordinator"), ("deputy-secretary", "S_EscalatedToDeputySecretary"), ("party-secretary", "S_EscalatedToMainLeader"),
            }));
            Assert.That(_renamed.Township.Notices(_renamed.Views[Loop.County].State.Id, "countySilence").Select(n => n.Recipient), Is.EqualTo(new[]
            {
                "deputy-head-services", "deputy-secretary", "party-secretary",
            }));
        });

    [Test]
    public void Should_count_the_invalid_case_as_discarded() =>
        Assert.Multiple(() =>
        {
            Assert.That(CaseAssessor.Assess(Record(_renamed, _renamed.Views[Loop.Invalid]), _renamedDefinition, AssessedAt).Discarded, Is.True);
            Assert.That(CaseAssessor.Assess(Record(_renamed, _renamed.Views[Loop.Late]), _renamedDefinition, AssessedAt).Discarded, Is.False);
        });

    [Test]
    public void Should_assess_the_week_the_same_case_by_case_and_in_every_dimension()
    {
        var original = IndicatorReport.Received(_originalWeek.Records, AssessmentWeek.Week, WorkflowsFile.Definition, AssessmentWeek.AsOf);
        var renamed = IndicatorReport.Received(_renamedWeek.Records, AssessmentWeek.Week, _renamedDefinition, AssessmentWeek.AsOf);
        Assert.Multiple(() =>
        {
            Assert.That(renamed.Count(c => c.Discarded), Is.EqualTo(1), "the week's invalid case E");
            foreach (var (letter, originalId, renamedId) in WeekCases())
            {
                Assert.That(
                    Normalised(renamed.SingleOrDefault(c => c.Case.Id == renamedId), renamed: true),
                    Is.EqualTo(Normalised(original.SingleOrDefault(c => c.Case.Id == originalId), renamed: false)),
                    letter);
            }

            foreach (var dimension in Dimensions.All)
            {
                Assert.That(
                    JsonSerializer.Serialize(IndicatorReport.By(dimension, renamed, _renamedDefinition).Select(r => (r.Key, r.Indicators)).ToList(), Json),
                    Is.EqualTo(JsonSerializer.Serialize(IndicatorReport.By(dimension, original, WorkflowsFile.Definition).Select(r => (r.Key, r.Indicators)).ToList(), Json)),
                    dimension);
            }
        });
    }

    [Test]
    public async Task Should_record_and_publish_the_same_for_every_case_of_the_week()
    {
        foreach (var (letter, originalId, renamedId) in WeekCases())
        {
            var original = await _originalWeek.Township.ViewAsync(originalId);
            var renamed = await _renamedWeek.Township.ViewAsync(renamedId);
            Assert.That(Normalised(renamed, renamed: true), Is.EqualTo(Normalised(original, renamed: false)), letter);
            Assert.That(
                Published(_renamedWeek.Township, renamedId, renamed: true),
                Is.EqualTo(Published(_originalWeek.Township, originalId, renamed: false)).AsCollection,
                letter);
        }
    }

    private IEnumerable<(string Letter, Guid Original, Guid Renamed)> WeekCases()
    {
        var o = _originalWeek;
        var r = _renamedWeek;
        return [("A", o.A, r.A), ("B", o.B, r.B), ("C", o.C, r.C), ("D", o.D, r.D), ("E", o.E, r.E), ("F", o.F, r.F), ("G", o.G, r.G), ("H", o.H, r.H)];
    }

    // Assessed on the calendars the loop's deadlines were computed on, as the service's own assessment does.
    private static CaseRecord Record(Loop loop, CaseView view) => new(view.State, view.History) { Calendars = loop.Township.Definitions.Calendars.Current };

    private static List<string> Messages(Loop loop, string name, bool renamed) => Published(loop.Township, loop.Views[name].State.Id, renamed);

    /// <summary>Every message the engine published about the case, in order, as its type and its normalised content.</summary>
    private static List<string> Published(SupervisedTownship township, Guid caseId, bool renamed) =>
        township.Published.Messages
            .Select(m => (Type: m.GetType().Name, Body: JsonSerializer.Serialize(m, m.GetType(), Json)))
            .Where(m => m.Body.Contains(caseId.ToString(), StringComparison.Ordinal))
            .Select(m => $"{m.Type} {Normalise(m.Body, renamed)}")
            .ToList();

    /// <summary>
    /// Anything serialised, without hashes (they cover the state names), ids, reporter link codes and sealed personal data (random
    /// per case) made ordinal,
    /// and renamed states put back.
    /// </summary>
    private static string Normalised<T>(T value, bool renamed) => Normalise(JsonSerializer.Serialize(value, Json), renamed);

    private static string Normalise(string json, bool renamed)
    {
        var node = JsonNode.Parse(json);
        DropHashes(node);
        var ids = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        var text = Random().Replace(node?.ToJsonString() ?? "null", m => ids.TryGetValue(m.Value, out var known) ? known : ids[m.Value] = $"random{ids.Count}");
        return renamed ? RenamedStates.OriginalText(text) : text;
    }

    private static void DropHashes(JsonNode? node)
    {
        switch (node)
        {
            case JsonObject o:
                foreach (var key in o.Select(p => p.Key).Where(k => k.Contains("Hash", StringComparison.Ordinal)).ToList())
                {
                    o.Remove(key);
                }

                foreach (var (_, child) in o)
                {
                    DropHashes(child);
                }

                break;
            case JsonArray a:
                foreach (var child in a)
                {
                    DropHashes(child);
                }

                break;
        }
    }

    [GeneratedRegex("pd:v1:[A-Za-z0-9._:=+/-]+|(?<=code=|\"Code\":\")[A-Za-z0-9_-]+|[0-9a-fA-F]{8}-?[0-9a-fA-F]{4}-?[0-9a-fA-F]{4}-?[0-9a-fA-F]{4}-?[0-9a-fA-F]{12}")]
    private static partial Regex Random();

    /// <summary>The loop's cases, played on one township (workflows.json or the renamed copy), each by name.</summary>
    private sealed class Loop
    {
        public const string Late = "late";
        public const string Extended = "extended";
        public const string County = "county";
        public const string Invalid = "invalid";
        private const string CountyActor = "county-12345";

        private Loop(SupervisedTownship township) => Township = township;

        public SupervisedTownship Township { get; }

        public Dictionary<string, CaseView> Views { get; } = new(StringComparer.Ordinal);

        public static async Task<Loop> PlayAsync(SupervisedTownship t)
        {
            var loop = new Loop(t);
            var ids = new Dictionary<string, Guid>(StringComparer.Ordinal);

            // late: signed for Monday 09:00 and left: warned, urged, overdue and up every rung; then completed, closed and called back.
            var late = await t.SignedForCaseAsync("sanitation");
            ids[Late] = late.Id;
            await loop.RunTimersAsync(late.Id);
            await t.AcceptAsync(late.Id, Triggers.Complete, late.LeadOffice!, new CasePayload { Result = "已清运" });
            await loop.CloseAsync(late.Id, "satisfied");
            await t.AcceptAsync(late.Id, Triggers.RecordCallback, CommandRoom, new CasePayload { CalledAt = t.Clock.GetUtcNow(), Reached = true, Rating = "satisfied" });

            // extended: returned by its office, re-dispatched, urged to sign for, extended, disputed and reopened, then closed.
            var extended = await t.AssignedCaseAsync("sanitation");
            ids[Extended] = extended.Id;
            var office = extended.LeadOffice!;
            await t.AcceptAsync(extended.Id, Triggers.Return, office, new CasePayload { Reason = "需核实地址" });
            await t.AcceptAsync(extended.Id, Triggers.Dispatch, CommandRoom);
            await t.AcceptAsync(extended.Id, Triggers.Assign, "armed-forces-head");
            await t.PumpAtAsync((await t.Store.ReadTimersAsync(extended.Id))[0].DueAt);
            await t.AcceptAsync(extended.Id, Triggers.SignFor, office);
            await t.AcceptAsync(extended.Id, Triggers.ReportProgress, office, new CasePayload { Note = "正在清运" });
            await t.AcceptAsync(extended.Id, Triggers.RequestExtension, office, new CasePayload { Reason = "需等待车辆", WorkingDays = 3 });
            await t.AcceptAsync(extended.Id, Triggers.DecideExtension, "armed-forces-head", new CasePayload { Approved = true });
            await t.AcceptAsync(extended.Id, Triggers.Complete, office, new CasePayload { Result = "已清运" });
            await t.AcceptAsync(extended.Id, Triggers.FeedBack, CommandRoom, new CasePayload { Note = "已清运，请确认" });
            await t.AcceptAsync(extended.Id, Triggers.RecordFeedback, "reporter", new CasePayload { Feedback = "disputed" });
            await t.AcceptAsync(extended.Id, Triggers.Dispatch, CommandRoom);
            await t.AcceptAsync(extended.Id, Triggers.Assign, "armed-forces-head");
            await t.AcceptAsync(extended.Id, Triggers.SignFor, office);
            await t.AcceptAsync(extended.Id, Triggers.Complete, office, new CasePayload { Result = "复查已清理" });
            await loop.CloseAsync(extended.Id, "basicallySatisfied");

            // county: out of the township's remit, accepted by the county and left silent past its deadline, then resolved.
            var county = await t.TriagedCaseAsync("medical-insurance");
            ids[County] = county.Id;
            await t.AcceptAsync(county.Id, Triggers.CountyAccept, CountyActor, new CasePayload { CountyCaseNumber = "YH12345-20250401-0001", Deadline = t.Clock.GetUtcNow().AddDays(2) });
            await t.AcceptAsync(county.Id, Triggers.CountyAssign, CountyActor, new CasePayload { Department = "县医疗保障局" });
            await loop.RunTimersAsync(county.Id);
            await t.AcceptAsync(county.Id, Triggers.CountyResolve, CountyActor, new CasePayload { Result = "报销款已到账" });
            await loop.CloseAsync(county.Id, "satisfied");

            // invalid: no government matter, set aside at intake.
            var invalid = await t.SubmittedCaseAsync("certificate-request");
            ids[Invalid] = invalid.Id;
            await t.AcceptAsync(invalid.Id, Triggers.MarkInvalid, CommandRoom, new CasePayload { Reason = "咨询类来电" });

            foreach (var (name, id) in ids)
            {
                loop.Views[name] = await t.ViewAsync(id);
            }

            return loop;
        }

        /// <summary>Moves the clock to each of the case's timers in turn and pumps, until it has none left.</summary>
        private async Task RunTimersAsync(Guid id)
        {
            for (var i = 0; i < 20 && await Township.Store.ReadTimersAsync(id) is { Count: > 0 } timers; i++)
            {
                await Township.PumpAtAsync(timers[0].DueAt);
            }

            Assert.That(await Township.Store.ReadTimersAsync(id), Is.Empty, "the case's timers should run out");
        }

        private async Task CloseAsync(Guid id, string rating)
        {
            if ((await Township.ViewAsync(id)).PermittedTriggers.Contains(Triggers.FeedBack))
            {
                await Township.AcceptAsync(id, Triggers.FeedBack, CommandRoom, new CasePayload { Note = "已办结，请确认" });
            }

            await Township.AcceptAsync(id, Triggers.RecordFeedback, "reporter", new CasePayload { Feedback = "confirmed" });
            await Township.AcceptAsync(id, Triggers.Rate, "reporter", new CasePayload { Rating = rating });
        }
    }
}
