using System.Text.Json.Nodes;
using CaseFlow.Workflows.Loading;
using CaseFlow.Workflows.Tests.Validation;

namespace CaseFlow.Workflows.Tests.Loading;

/// <summary>Text that is not JSON, or JSON the schema refuses: the error says where.</summary>
public class MalformedTextTests
{
    [Test]
    public void Parse_InvalidJson_ReportsLineAndByteOfTheFault()
    {
        const string Broken = "\"entryWorkflow\": receive,";
        var text = RepositoryFiles.Definition.Replace("\"entryWorkflow\": \"receive\",", Broken, StringComparison.Ordinal);
        var at = text.IndexOf(Broken, StringComparison.Ordinal);
        var line = text[..at].Count(c => c == '\n') + 1;
        var lineStart = text.LastIndexOf('\n', at) + 1;
        var column = at - lineStart + Broken.IndexOf("receive", StringComparison.Ordinal) + 1;

        var result = DefinitionLoader.Parse(text);

        Assert.That(result.Errors, Has.Count.EqualTo(1));
        Assert.That(result.Errors[0].Path, Is.EqualTo($"$ (line {line}, byte {column})"));
        Assert.That(result.Errors[0].Message, Does.Contain("not valid JSON"));
    }

    [Test]
    public void Parse_NullWhereAListBelongs_ReportsTheSchemaErrorInsteadOfFailing()
    {
        var result = BrokenDefinition.Load(root => root["workflows"] = null);

        Assert.That(result.IsValid, Is.False);
        Assert.That(result.Errors.Select(e => e.Path), Does.Contain("$.workflows"));
        Assert.That(result.Errors.Single(e => e.Path == "$.workflows").Message, Does.Contain("null").And.Contain("array"));
    }

    [Test]
    public void Parse_NumberNoDecimalHolds_ReportsItWhereItStandsInsteadOfFailing()
    {
        var text = RepositoryFiles.Definition.Replace("\"submittedBy\": [", "\"submittedBy\": [1e400, ", StringComparison.Ordinal);
        Assert.That(text, Is.Not.EqualTo(RepositoryFiles.Definition), "the definition lists who submits");

        var result = DefinitionLoader.Parse(text);

        Assert.That(result.IsValid, Is.False);
        Assert.That(result.Errors.Select(e => e.Path), Does.Contain("$.submittedBy[0]"));
        Assert.That(result.Errors.Single(e => e.Path == "$.submittedBy[0]").Message, Does.Contain("1e400"));
    }

    [Test]
    public void Parse_TruncatedText_ReportsInvalidJsonWithoutADefinition()
    {
        var result = DefinitionLoader.Parse(RepositoryFiles.Definition[..(RepositoryFiles.Definition.Length / 2)]);

        Assert.That(result.Definition, Is.Null);
        Assert.That(result.Errors.Select(e => e.Message), Has.One.Contains("not valid JSON"));
    }

    [Test]
    public void Parse_EscapedLoneSurrogate_ReportsWhereInsteadOfFailing()
    {
        var text = RepositoryFiles.Definition.Replace("\"entryWorkflow\": \"receive\",", "\"entryWorkflow\": \"receive\\uDC00\",", StringComparison.Ordinal);

        var result = DefinitionLoader.Parse(text);

        Assert.That(result.Definition, Is.Null);
        Assert.That(result.Errors.Select(e => (e.Path, e.Message)), Has.One.Matches<(string Path, string Message)>(e => e.Path == "$.entryWorkflow" && e.Message.Contains("lone surrogate", StringComparison.Ordinal)));
    }

    [Test]
    public void Parse_EscapedLoneSurrogateInAPropertyName_ReportsWhereInsteadOfFailing()
    {
        var text = RepositoryFiles.Definition.Replace("\"entryWorkflow\":", "\"entry\\uD800Workflow\":", StringComparison.Ordinal);

        var result = DefinitionLoader.Parse(text);

        Assert.That(result.Errors.Single().Path, Is.EqualTo("$ (a property name)"));
    }

    [Test]
    public void Parse_MisspelledProperty_ReportsAnErrorAtTheMisspelledName()
    {
        var result = BrokenDefinition.Load(MisspellReceiveInitial);

        Assert.That(result.Errors.Select(e => e.Path), Does.Contain("$.workflows[0].inital"), () => string.Join(Environment.NewLine, result.Errors));
    }

    [Test]
    public void Parse_MisspelledProperty_ReportsTheRequiredPropertyMissing()
    {
        var result = BrokenDefinition.Load(MisspellReceiveInitial);

        result.ErrorAt("$.workflows[0]", "required").Names("\"initial\"");
    }

    [Test]
    public void Parse_CategoryWithoutDeadline_ReportsTheSchemasRequiredPropertyToo()
    {
        var result = BrokenDefinition.Load(root => root.Category(3).Remove("deadline"));

        result.ErrorAt("$.categories[3]", "required").Names("\"deadline\"");
    }

    [Test]
    public void Parse_DeadlineInBothDaysAndHours_ReportsTheSchemasOneOfToo()
    {
        var result = BrokenDefinition.Load(root => root.Category(3)["deadline"] = new JsonObject { ["workingDays"] = 2, ["workingHours"] = 4 });

        result.ErrorAt("$.categories[3].deadline", "oneOf").Names("exactly one");
    }

    [Test]
    public void Parse_OneValueOutsideTheSchema_ReportsErrorsOnlyAtThatValue()
    {
        var result = BrokenDefinition.Load(root => root.Category(5)["jurisdiction"] = "city");

        Assert.That(result.Errors, Is.Not.Empty);
        Assert.That(result.Errors.Select(e => e.Path), Has.All.EqualTo("$.categories[5].jurisdiction"), () => string.Join(Environment.NewLine, result.Errors));
    }

    [Test]
    public void Parse_GuardOverUnknownField_ReportsNoErrorFromTheOtherGuardForms()
    {
        var result = BrokenDefinition.Load(root => root.Workflow(2)["transitions"]![2]!["guard"]!["field"] = "pendingHelpers");

        Assert.That(result.Errors, Is.Not.Empty);
        Assert.That(result.Errors.Select(e => e.Path), Has.All.EqualTo("$.workflows[2].transitions[2].guard.field"), () => string.Join(Environment.NewLine, result.Errors));
    }

    [TestCase("by")]
    [TestCase("submittedBy")]
    public void Parse_NullWhereARoleIsListed_ReportsItAtItsPathInsteadOfThrowing(string list)
    {
        var result = BrokenDefinition.Load(root =>
        {
            var roles = list == "by" ? root.Workflow(0)["transitions"]![0]!["by"]!.AsArray() : root["submittedBy"]!.AsArray();
            roles.Add(null);
        });

        Assert.That(result.Errors.Select(e => e.Path), Has.Some.StartsWith(list == "by" ? "$.workflows[0].transitions[0].by" : "$.submittedBy"), () => string.Join(Environment.NewLine, result.Errors));
    }

    private static void MisspellReceiveInitial(JsonObject root)
    {
        var receive = root.Workflow(0);
        var initial = receive["initial"]!.DeepClone();
        receive.Remove("initial");
        receive["inital"] = initial;
    }
}
