using System.Text.Json;
using System.Text.Json.Nodes;
using CaseFlow.Workflows.Compilation;
using CaseFlow.Workflows.Conditions;
using CaseFlow.Workflows.Loading;
using CaseFlow.Workflows.Model;
using CaseFlow.Workflows.Tests.Validation;
using CaseFlow.Workflows.Versioning;

namespace CaseFlow.Workflows.Tests.Loading;

/// <summary>Transitions declared from a list of states, and without <c>to</c>: read as one transition per state, checked at their JSON paths.</summary>
public class TransitionListTests
{
    private const int Dispatch = 1;
    private const int CountySendBack = 12;
    private static readonly string[] ListPaths = ["from[0]", "from[1]", "from[2]"];

    private static WorkflowDefinition Workflow(TownshipDefinition definition, string id) => definition.Workflows.Single(w => w.Id == id);

    [Test]
    public void Parse_FromAList_ReadsOneTransitionPerListedState()
    {
        var definition = DefinitionLoader.Parse(RepositoryFiles.Definition).Definition!;

        var sendBacks = Workflow(definition, "dispatch").Transitions.Where(t => t.Trigger == "CountySendBack").ToList();

        Assert.Multiple(() =>
        {
            Assert.That(sendBacks.Select(t => (t.From, t.To)), Is.EqualTo(new[]
            {
                ("EscalatedToCounty", "AwaitingDispatch"), ("CountyAccepted", "AwaitingDispatch"), ("CountyAssigned", "AwaitingDispatch"),
            }));
            Assert.That(sendBacks.Select(t => t.Source!.Index), Is.All.EqualTo(CountySendBack));
            Assert.That(sendBacks.Select(t => t.Source!.FromPath), Is.EqualTo(ListPaths));
        });
    }

    [Test]
    public void Parse_WithoutTo_StaysInEachListedState()
    {
        var definition = DefinitionLoader.Parse(RepositoryFiles.Definition).Definition!;

        var urgings = Workflow(definition, "dispatch").Transitions.Where(t => t.Trigger == "UrgeCounty").ToList();

        Assert.That(urgings.Select(t => (t.From, t.To)), Is.EqualTo(new[] { ("CountyAccepted", "CountyAccepted"), ("CountyAssigned", "CountyAssigned") }));
    }

    [Test]
    public void Parse_StateListedTwice_ReportsItAtItsPlaceInTheList()
    {
        var result = BrokenDefinition.Load(root => root.Transition(Dispatch, CountySendBack)["from"] = new JsonArray("EscalatedToCounty", "CountyAccepted", "EscalatedToCounty"));

        result.ErrorAt($"$.workflows[1].transitions[{CountySendBack}].from[2]", "listed twice").Names("'EscalatedToCounty'", "once");
        Assert.That(result.Errors, Has.Count.EqualTo(1), () => string.Join(Environment.NewLine, result.Errors));
    }

    [Test]
    public void Parse_UnknownStateInTheList_ReportsItAtItsPlaceAndListsTheStates()
    {
        var result = BrokenDefinition.Load(root => root.Transition(Dispatch, CountySendBack)["from"]![1] = "CountyAccepting");

        result.ErrorAt($"$.workflows[1].transitions[{CountySendBack}].from[1]", "'CountyAccepting'").Names("CountyAccepted", "CountyAssigned");
    }

    [Test]
    public void Parse_EmptyList_IsRefusedByTheSchema()
    {
        var result = BrokenDefinition.Load(root => root.Transition(Dispatch, CountySendBack)["from"] = new JsonArray());

        Assert.That(result.Errors.Select(e => e.Path), Does.Contain($"$.workflows[1].transitions[{CountySendBack}].from"), () => string.Join(Environment.NewLine, result.Errors));
    }

    [Test]
    public void Parse_EveryTransitionOnItsOwn_MeansWhatTheListsMean()
    {
        var lists = DefinitionLoader.Parse(RepositoryFiles.Definition);
        var oneByOne = DefinitionLoader.Parse(OneTransitionPerState(RepositoryFiles.Definition));

        Assert.Multiple(() =>
        {
            Assert.That(oneByOne.Errors, Is.Empty);
            Assert.That(lists.Definition!.Workflows.Select(Described), Is.EqualTo(oneByOne.Definition!.Workflows.Select(Described)));
            Assert.That(DefinitionDiff.Compare(oneByOne.Definition!, lists.Definition!).Items, Is.Empty, "the diff sees the same transitions");
        });
    }

    [Test]
    public void Stored_OldFormat_CompilesTheSameMachine()
    {
        var stored = CompiledDefinition.Stored(OneTransitionPerState(RepositoryFiles.Definition));
        var current = CompiledDefinition.Parse(RepositoryFiles.Definition);

        Assert.That(stored.Workflows["handle"].Definition.Transitions.Select(Described), Is.EqualTo(current.Workflows["handle"].Definition.Transitions.Select(Described)));
    }

    [Test]
    public void Write_ReadTransitions_JoinsEachDeclarationAgain()
    {
        var definition = DefinitionLoader.Parse(RepositoryFiles.Definition).Definition!;

        var written = JsonNode.Parse(JsonSerializer.Serialize(definition, DefinitionLoader.JsonOptions))!;
        var declared = JsonNode.Parse(RepositoryFiles.Definition)!;

        Assert.That(Shapes(written), Is.EqualTo(Shapes(declared)));
    }

    /// <summary>Each declared transition's from (one state or a list), trigger and to (or that it has none), workflow by workflow.</summary>
    private static List<string> Shapes(JsonNode root) =>
        root["workflows"]!.AsArray()
            .SelectMany(w => w!["transitions"]!.AsArray().Select(t => $"{w["id"]}: {t!["from"]!.ToJsonString()} --{t["trigger"]}--> {t["to"]?.ToString() ?? "(stays)"}"))
            .ToList();

    private static string Described(WorkflowDefinition workflow) => string.Join("; ", workflow.Transitions.Select(Described));

    private static string Described(TransitionDefinition t) =>
        $"{t.From} --{t.Trigger}--> {t.To} by {string.Join(",", t.By)} when {(t.Guard is null ? "-" : ConditionEvaluator.Describe(t.Guard))} do {string.Join(",", t.Effects)}";

    /// <summary>The definition as it was written before lists: each transition from one state, each with its <c>to</c>.</summary>
    private static string OneTransitionPerState(string text)
    {
        var root = JsonNode.Parse(text)!.AsObject();
        foreach (var workflow in root["workflows"]!.AsArray())
        {
            var expanded = new JsonArray();
            foreach (var transition in workflow!["transitions"]!.AsArray())
            {
                var states = transition!["from"] is JsonArray list ? list.Select(s => s!.GetValue<string>()).ToList() : [transition["from"]!.GetValue<string>()];
                foreach (var state in states)
                {
                    var one = transition.DeepClone().AsObject();
                    one["from"] = state;
                    one["to"] ??= state;
                    expanded.Add(one);
                }
            }

            workflow["transitions"] = expanded;
        }

        return root.ToJsonString();
    }
}
