using System.Text.Json.Nodes;

namespace CaseFlow.Workflows.Tests.Validation;

/// <summary>Assessment checks on a broken copy of the real file: a span for the callback time, known indicators weighted once, weights summing to 100.</summary>
public class AssessmentRuleTests
{
    [Test]
    public void Parse_RealDefinition_DeclaresACallbackTimeAndWeightsSummingTo100()
    {
        var result = BrokenDefinition.Load(_ => { });

        Assert.That(result.Errors, Is.Empty);
        Assert.That(result.Definition!.Assessment!.TerritorialWeights.Sum(w => w.Weight), Is.EqualTo(100));
    }

    [Test]
    public void Parse_WeightsNotSummingTo100_ReportsTheSumAndEachWeight()
    {
        var result = BrokenDefinition.Load(root => root.Assessment()["territorialWeights"]![0]!["weight"] = 25);

        result.ErrorAt("$.assessment.territorialWeights", "sum to 100").Names("they sum to 110", "responseRate 25", "callbackRate 10");
    }

    [Test]
    public void Parse_UnknownIndicator_NamesItAndTheKnownOnes()
    {
        // Past the schema (which lists the same indicators) the validator must still say what is known.
        var result = BrokenDefinition.Load(root => root.Assessment()["territorialWeights"]![1]!["indicator"] = "happiness");

        result.ErrorAt("$.assessment.territorialWeights[1].indicator", "unknown indicator 'happiness'").Names("responseRate", "onTimeRate", "callbackRate");
    }

    [Test]
    public void Parse_IndicatorWeightedTwice_ReportsTheSecond()
    {
        var result = BrokenDefinition.Load(root =>
        {
            var weights = root.Assessment()["territorialWeights"]!.AsArray();
            weights[4]!["indicator"] = "onTimeRate";
        });

        result.ErrorAt("$.assessment.territorialWeights[4].indicator", "weighted twice").Names("onTimeRate");
    }

    [Test]
    public void Parse_CallbackTimeInBothDaysAndHours_AsksForOne()
    {
        var result = BrokenDefinition.Load(root => root.Assessment()["callbackWithin"] = new JsonObject { ["workingDays"] = 1, ["workingHours"] = 2 });

        result.ErrorAt("$.assessment.callbackWithin", "callback time limit").Names("exactly one", "both");
    }

    [Test]
    public void Parse_CallbackStatedToleranceInBothDaysAndHours_AsksForOne()
    {
        var result = BrokenDefinition.Load(root => root.Assessment()["callbackStatedWithin"] = new JsonObject { ["workingDays"] = 1, ["workingHours"] = 2 });

        result.ErrorAt("$.assessment.callbackStatedWithin", "tolerance on a callback's stated time").Names("exactly one", "both");
    }

    [Test]
    public void Parse_CallbackStatedToleranceWithoutCalendar_AsksForTheCalendar()
    {
        var result = BrokenDefinition.Load(root =>
        {
            root.Remove("calendar");
            root.Remove("supervision");
        });

        result.ErrorAt("$.assessment.callbackStatedWithin", "needs a calendar").Names("\"calendar\"");
    }

    [Test]
    public void Parse_CallbackTimeWithoutCalendar_AsksForTheCalendar()
    {
        var result = BrokenDefinition.Load(root =>
        {
            root.Remove("calendar");
            root.Remove("supervision");
        });

        result.ErrorAt("$.assessment.callbackWithin", "needs a calendar").Names("\"calendar\"");
    }

    [Test]
    public void Parse_FinalStateWithATransitionOut_IsRefused()
    {
        // Closed may loop back to itself (the callback survey); leaving it would reopen an ended case.
        var result = BrokenDefinition.Load(root =>
        {
            var assess = root["workflows"]!.AsArray().Single(w => w!["id"]!.GetValue<string>() == "assess")!.AsObject();
            assess["transitions"]![1]!["to"] = "AwaitingRating";
        });

        Assert.That(result.Errors.Select(e => e.Message), Has.Some.Contains("state 'Closed' ends the case, so no transition may leave it"));
    }
}
