using System.Text.Json.Nodes;
using CaseFlow.Workflows.Loading;
using CaseFlow.Workflows.Validation;

namespace CaseFlow.Workflows.Tests.Validation;

/// <summary>Loads a copy of the real workflows.json broken in one deliberate way, and finds the error it should cause.</summary>
internal static class BrokenDefinition
{
    /// <summary>Parses the real definition after <paramref name="breakIt"/> has changed a copy of it.</summary>
    public static DefinitionLoadResult Load(Action<JsonObject> breakIt)
    {
        var root = JsonNode.Parse(RepositoryFiles.Definition)!.AsObject();
        breakIt(root);
        return DefinitionLoader.Parse(root.ToJsonString());
    }

    /// <summary>The workflow at this index in the copy.</summary>
    public static JsonObject Workflow(this JsonObject root, int index) => root["workflows"]![index]!.AsObject();

    /// <summary>The transition at <paramref name="index"/> of the workflow at <paramref name="workflow"/> in the copy.</summary>
    public static JsonObject Transition(this JsonObject root, int workflow, int index) => root.Workflow(workflow)["transitions"]![index]!.AsObject();

    /// <summary>Who may fire that transition, in the copy.</summary>
    public static JsonArray By(this JsonObject root, int workflow, int index) => root.Transition(workflow, index)["by"]!.AsArray();

    /// <summary>The systems of the copy's organisation.</summary>
    public static JsonArray Systems(this JsonObject root) => root.Organisation()["systems"]!.AsArray();

    /// <summary>Replaces a list in the copy (who may fire a transition, who may submit) with these roles.</summary>
    public static JsonArray Roles(params string[] roles) => new([.. roles.Select(r => JsonValue.Create(r))]);

    /// <summary>The organisation of the copy.</summary>
    public static JsonObject Organisation(this JsonObject root) => root["organisation"]!.AsObject();

    /// <summary>The category at this index in the copy.</summary>
    public static JsonObject Category(this JsonObject root, int index) => root["categories"]![index]!.AsObject();

    /// <summary>The calendar of the copy.</summary>
    public static JsonObject Calendar(this JsonObject root) => root["calendar"]!.AsObject();

    /// <summary>The calendar's entry for the year at this index in the copy.</summary>
    public static JsonObject Year(this JsonObject root, int index) => root.Calendar()["years"]![index]!.AsObject();

    /// <summary>The supervision policy of the copy.</summary>
    public static JsonObject Supervision(this JsonObject root) => root["supervision"]!.AsObject();

    /// <summary>The assessment policy of the copy.</summary>
    public static JsonObject Assessment(this JsonObject root) => root["assessment"]!.AsObject();

    /// <summary>The error at <paramref name="path"/> whose message mentions <paramref name="mentioning"/>; fails the test, listing every error, when there is none.</summary>
    public static DefinitionError ErrorAt(this DefinitionLoadResult result, string path, string mentioning)
    {
        var error = result.Errors.FirstOrDefault(e => e.Path == path && e.Message.Contains(mentioning, StringComparison.Ordinal));
        Assert.That(error, Is.Not.Null, () => $"expected an error at {path} mentioning '{mentioning}'; the errors were:{Environment.NewLine}{string.Join(Environment.NewLine, result.Errors)}");
        return error!;
    }

    /// <summary>Asserts that the error's message names every one of <paramref name="values"/>: the bad value and what would be right.</summary>
    public static void Names(this DefinitionError error, params string[] values)
    {
        using (Assert.EnterMultipleScope())
        {
            foreach (var value in values)
            {
                Assert.That(error.Message, Does.Contain(value), $"the error at {error.Path} does not name {value}");
            }
        }
    }
}
