using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using CaseFlow.Engine.Cases;
using CaseFlow.Workflows;

namespace CaseFlow.Domain.Tests.Cases;

/// <summary>
/// The registry of trigger units against the catalogue and the shipped definition, in both directions, and each unit's typed record
/// against the stored payload it is read from and written to.
/// </summary>
[TestFixture]
public sealed class CaseTriggersTests
{
    /// <summary>As the stores write a payload (Engine/History/StoreJson.cs): web names, nulls left out.</summary>
    private static readonly JsonSerializerOptions Stored = new(JsonSerializerDefaults.Web) { DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull };

    private static readonly DateTimeOffset Noon = new(2026, 12, 1, 12, 0, 0, TimeSpan.FromHours(8));

    /// <summary>A payload with every field set, so that a unit reading or writing the wrong one shows.</summary>
    private static readonly CasePayload Full = new()
    {
        ClientKey = "k-1", Number = "YHWX-20261201-0007", Category = "road", Title = "pothole", Description = "a deep one", Channel = "hotline", Priority = "urgent",
        Reporter = new Reporter("Li", "138", "3301"), Location = "east gate", Point = new GeoPoint(28.07, 119.47, "GCJ-02"), Placed = true, Village = "v1", Grid = "g1", Jurisdiction = "county",
        Platform = "p1", LeadOffice = "o1", CoHandlers = ["o2", "o3"], Office = "o2", Reason = "because", Note = "a note", Result = "fixed",
        Feedback = "confirmed", Rating = "satisfied", Approved = true, WorkingDays = 3, DuplicateOf = Guid.Parse("6f1c1a56-3b2f-4a51-9a59-1f5c1b8e0f11"),
        CountyCaseNumber = "YH-7", Department = "water", Deadline = Noon, CalendarVersion = 2, UndeclaredYears = [2027], Timer = "warn",
        DueAt = Noon, CalledAt = Noon, StatedCalledAt = Noon.AddHours(-1), Reached = true, FromVersion = 1, ToVersion = 2, StateMapping = new Dictionary<string, string> { ["a.b"] = "a.c" },
    };

    [Test]
    public void Mismatches_TheEngineAgainstTheCatalogue_NoneAndOneUnitEach() =>
        Assert.Multiple(() =>
        {
            Assert.That(CaseTriggers.Mismatches(CaseTriggers.All, Catalogue.Triggers.Keys), Is.Empty);
            Assert.That(CaseTriggers.All.Select(t => t.Name), Is.EquivalentTo(Catalogue.Triggers.Keys));
            Assert.DoesNotThrow(CaseTriggers.EnsureMatchesCatalogue);
        });

    [Test]
    public void Mismatches_CatalogueNamesATriggerWithoutAUnit_SaysWhichAndWhatToAdd()
    {
        var problems = CaseTriggers.Mismatches(CaseTriggers.All.Where(t => t.Name != "DecideExtension"), Catalogue.Triggers.Keys);

        Assert.That(problems, Is.EqualTo(new[]
        {
            "the catalogue names trigger 'DecideExtension' but the engine has no unit for it (add a class deriving from CaseTrigger<TData> and register it in CaseTriggers)",
        }));
    }

    [Test]
    public void Mismatches_UnitOfATriggerTheCatalogueLacks_SaysWhich()
    {
        var problems = CaseTriggers.Mismatches(CaseTriggers.All, Catalogue.Triggers.Keys.Where(k => k != "Rate"));

        Assert.That(problems, Is.EqualTo(new[]
        {
            "the engine has a unit for trigger 'Rate' but the catalogue does not name it (add it to Catalogue.Triggers with what it carries, or remove the unit)",
        }));
    }

    [Test]
    public void Mismatches_TriggerWithTwoUnits_SaysSo()
    {
        var problems = CaseTriggers.Mismatches([.. CaseTriggers.All, CaseTriggers.Of("Return")], Catalogue.Triggers.Keys);

        Assert.That(problems, Is.EqualTo(new[] { "trigger 'Return' has 2 units; register one" }));
    }

    [Test]
    public void Of_ATriggerThatOnlyMoves_KeepsTheCommandsDataAndRecordsNothing()
    {
        var unit = CaseTriggers.Of("SignFor");
        var state = CaseScenario.Submitted().State;
        var problems = new List<FieldProblem>();

        var payload = unit.Check(state, new CaseCommand { Trigger = "SignFor", CaseId = state.Id, Actor = "o1", Payload = Full }, WorkflowsFile.Definition, problems);

        Assert.Multiple(() =>
        {
            Assert.That(unit.Name, Is.EqualTo("SignFor"));
            Assert.That(unit.Fields, Is.Empty);
            Assert.That(problems, Is.Empty);
            Assert.That(payload, Is.SameAs(Full));
            Assert.That(unit.Evolve(state, new CaseEvent { CaseId = state.Id, Sequence = 2, Trigger = "SignFor", From = "", Reached = "", To = "", Actor = "o1", At = Noon, DefinitionVersion = 1, Payload = Full }), Is.SameAs(state));
        });
    }

    [Test]
    public void Undeclared_WorkflowsJson_EveryUnitACommandFiresIsDeclared() =>
        Assert.That(CaseTriggers.Undeclared(WorkflowsFile.Definition.Definition), Is.Empty);

    [Test]
    public void Undeclared_ADefinitionWithoutExtensionDecisions_NamesTheTrigger()
    {
        var definition = WorkflowsFile.Definition.Definition;
        var changed = definition with
        {
            Workflows = [.. definition.Workflows.Select(w => w with { Transitions = [.. w.Transitions.Where(t => t.Trigger != "DecideExtension")] })],
        };

        Assert.That(CaseTriggers.Undeclared(changed), Is.EqualTo(new[] { "DecideExtension" }));
    }

    [Test]
    public void Misdeclared_WorkflowsJson_None() =>
        Assert.That(CaseTriggers.Misdeclared(WorkflowsFile.Definition.Definition), Is.Empty);

    [Test]
    public void Misdeclared_ATransitionFiringATriggerOnlyTheEngineRecords_GivesItsJsonPath()
    {
        var definition = WorkflowsFile.Definition.Definition;
        var handle = definition.Workflows[2];
        var changed = definition with
        {
            Workflows = [.. definition.Workflows.Take(2), handle with { Transitions = [handle.Transitions[0] with { Trigger = "Migrate" }, .. handle.Transitions.Skip(1)] }, .. definition.Workflows.Skip(3)],
        };

        var problems = CaseTriggers.Misdeclared(changed);

        Assert.That(problems.Select(p => p.Path), Is.EqualTo(new[] { "$.workflows[2].transitions[0].trigger" }));
        Assert.That(problems[0].Message, Is.EqualTo("'Migrate' is recorded by the engine itself and cannot be a transition's trigger; the engine records: Migrate, RecomputeDeadline, Submit"));
    }

    [TestCaseSource(nameof(UnitNames))]
    public void DataOnly_EachUnit_ReadsAndWritesExactlyItsFieldsUnchanged(string name)
    {
        var unit = CaseTriggers.Of(name);

        var only = JsonSerializer.SerializeToNode(unit.DataOnly(Full), Stored)!.AsObject();
        var full = JsonSerializer.SerializeToNode(Full, Stored)!.AsObject();

        Assert.That(only.Select(p => p.Key), Is.EquivalentTo(unit.Fields));
        foreach (var (field, value) in only)
        {
            Assert.That(JsonNode.DeepEquals(value, full[field]), Is.True, $"{name} changes '{field}' on the way through its typed record");
        }
    }

    [TestCaseSource(nameof(UnitNames))]
    public void Check_EachUnitOnACommandCarryingEveryField_KeepsTheOtherFieldsOfThePayload(string name)
    {
        var unit = CaseTriggers.Of(name);
        var state = CaseScenario.Submitted().State;
        var payload = unit.Check(state, new CaseCommand { Trigger = name, CaseId = state.Id, Actor = "o2", Payload = Full }, WorkflowsFile.Definition, []);

        var before = JsonSerializer.SerializeToNode(Full, Stored)!.AsObject();
        var after = JsonSerializer.SerializeToNode(payload, Stored)!.AsObject();

        foreach (var (field, value) in before.Where(p => !unit.Fields.Contains(p.Key)))
        {
            Assert.That(JsonNode.DeepEquals(value, after[field]), Is.True, $"{name} changed '{field}', which is not its data");
        }
    }

    [Test]
    public void Check_RecordCallbackStatingWhenTheCallWasMade_KeepsItAsStatedAndLeavesTheCallsTimeToTheEvent()
    {
        var state = CaseScenario.Submitted().State;
        var command = new CaseCommand { Trigger = Triggers.RecordCallback, CaseId = state.Id, Actor = "command-room", Payload = new CasePayload { CalledAt = Noon, Reached = true } };
        var problems = new List<FieldProblem>();

        var payload = CaseTriggers.RecordCallback.Check(state, command, WorkflowsFile.Definition, problems);

        Assert.That((payload.CalledAt, payload.StatedCalledAt, problems.Count), Is.EqualTo(((DateTimeOffset?)null, (DateTimeOffset?)Noon, 0)));
    }

    [Test]
    public void Write_DecideExtensionData_StoresTheFieldsEarlierEnginesStored()
    {
        var payload = CaseTriggers.DecideExtension.Write(new DecideExtensionData(true, "rain", 5, Noon), CasePayload.Empty);

        Assert.That(JsonSerializer.Serialize(payload, Stored), Is.EqualTo("""{"reason":"rain","approved":true,"workingDays":5,"deadline":"2026-12-01T12:00:00+08:00"}"""));
        Assert.That(CaseTriggers.DecideExtension.Read(payload), Is.EqualTo(new DecideExtensionData(true, "rain", 5, Noon)));
    }

    [Test]
    public void Write_RecordFeedbackAndFeedBack_KeepTheirStoredNames()
    {
        var reply = CaseTriggers.RecordFeedback.Write(new RecordFeedbackData("disputed"), CasePayload.Empty);
        var message = CaseTriggers.FeedBack.Write(new FeedBackData("done"), CasePayload.Empty);

        Assert.Multiple(() =>
        {
            Assert.That(JsonSerializer.Serialize(reply, Stored), Is.EqualTo("""{"feedback":"disputed"}"""));
            Assert.That(JsonSerializer.Serialize(message, Stored), Is.EqualTo("""{"note":"done"}"""));
        });
    }

    [Test]
    public void Command_WithANote_KeepsTheNoteBesideTheData()
    {
        var caseId = Guid.NewGuid();

        var command = CaseTriggers.Assign.Command(caseId, "p1", new AssignData("o1", ["o2"]), "urgent please");

        Assert.Multiple(() =>
        {
            Assert.That(command.Trigger, Is.EqualTo("Assign"));
            Assert.That(command.CaseId, Is.EqualTo(caseId));
            Assert.That(JsonSerializer.Serialize(command.Payload, Stored), Is.EqualTo("""{"leadOffice":"o1","coHandlers":["o2"],"note":"urgent please"}"""));
        });
    }

    private static IEnumerable<string> UnitNames() => Catalogue.Triggers.Keys;
}
