using System.Text.Json;
using System.Text.Json.Nodes;
using CaseFlow.Workflows.Loading;
using Json.Schema;

namespace CaseFlow.Workflows.Tests.Loading;

/// <summary>workflows.schema.json accepts the real file, is the schema the loader embeds, and lists exactly the engine's catalogue.</summary>
public class SchemaTests
{
    private static JsonNode Schema => JsonNode.Parse(File.ReadAllText(RepositoryFiles.SchemaPath))!;

    [Test]
    public void Evaluate_RealDefinition_IsValidAgainstTheSchema()
    {
        // A registry of the test's own: the loader has already built a schema with this $id.
        var schema = JsonSchema.FromText(File.ReadAllText(RepositoryFiles.SchemaPath), new BuildOptions { SchemaRegistry = new SchemaRegistry() });
        using var document = JsonDocument.Parse(RepositoryFiles.Definition);

        var result = schema.Evaluate(document.RootElement, new EvaluationOptions { OutputFormat = OutputFormat.List });

        Assert.That(result.IsValid, Is.True, () => string.Join(Environment.NewLine,
            (result.Details ?? []).Where(d => d.Errors is not null).SelectMany(d => d.Errors!.Select(e => $"{d.InstanceLocation}: {e.Value}"))));
    }

    [Test]
    public void SchemaProperty_RealDefinition_PointsAtTheSchemaBesideIt()
    {
        var pointer = JsonNode.Parse(RepositoryFiles.Definition)!["$schema"]!.GetValue<string>();

        Assert.That(pointer, Is.EqualTo("./workflows.schema.json"));
        Assert.That(Path.Combine(Path.GetDirectoryName(RepositoryFiles.DefinitionPath)!, pointer), Does.Exist);
    }

    [Test]
    public void SchemaText_Embedded_IsTheRepositorysSchemaFile() =>
        Assert.That(DefinitionLoader.SchemaText, Is.EqualTo(File.ReadAllText(RepositoryFiles.SchemaPath)));

    [Test]
    public void EffectsEnum_Schema_EqualsTheCatalogueEffects() =>
        Assert.That(Enum("transition", "effects", "items"), Is.EquivalentTo(Catalogue.Effects.Keys));

    [Test]
    public void FieldEnum_Schema_EqualsTheCatalogueFields() =>
        Assert.That(Enum("condition", "field"), Is.EquivalentTo(Catalogue.Fields.Keys));

    [Test]
    public void OperatorEnum_Schema_EqualsTheCatalogueOperators() =>
        Assert.That(Enum("condition", "op"), Is.EquivalentTo(Catalogue.Operators));

    [Test]
    public void RungEnum_Schema_EqualsTheCatalogueLadderInOrder() =>
        Assert.That(Enum("rung", "id"), Is.EqualTo(Catalogue.LadderRungs));

    [Test]
    public void RoleEnum_Schema_EqualsTheCatalogueLeaderRoles() =>
        Assert.That(Enum("leader", "role"), Is.EquivalentTo(Catalogue.LeaderRoles));

    [Test]
    public void RolesEnum_Schema_EqualsTheCatalogueRoles() =>
        Assert.That(ArrayEnum("roles"), Is.EquivalentTo(Catalogue.Roles.Keys));

    [Test]
    public void SubmittersEnum_Schema_EqualsTheCatalogueRolesThatAreNotCaseBound()
    {
        var submitters = ArrayEnum("submitters");

        Assert.That(submitters, Is.EquivalentTo(Catalogue.Roles.Keys.Except(Catalogue.CaseBoundRoles)));
        Assert.That(submitters, Does.Contain("gridMember"), "a grid member submits for their own grid");
    }

    [Test]
    public void SystemRoleEnum_Schema_EqualsTheCatalogueSystemRoles() =>
        Assert.That(Enum("system", "role"), Is.EquivalentTo(Catalogue.SystemRoles));

    [Test]
    public void TransitionBy_Schema_IsRequired() =>
        Assert.That(Schema["$defs"]!["transition"]!["required"]!.AsArray().Select(v => v!.GetValue<string>()), Does.Contain("by"));

    [Test]
    public void EscalationStepRungEnum_Schema_EqualsTheLadderAboveTheOffice() =>
        Assert.That(Enum("escalationStep", "rung"), Is.EqualTo(Catalogue.LadderRungs.Skip(1)));

    [Test]
    public void WeekdayEnum_Schema_EqualsTheCatalogueWeekdays() =>
        Assert.That(Schema["$defs"]!["weekday"]!["enum"]!.AsArray().Select(v => v!.GetValue<string>()), Is.EquivalentTo(Catalogue.Weekdays.Keys));

    [Test]
    public void IndicatorEnum_Schema_EqualsTheCatalogueWeightedIndicators() =>
        Assert.That(Enum("indicatorWeight", "indicator"), Is.EqualTo(Catalogue.WeightedIndicators));

    /// <summary>The enum of the items of a list definition in the schema's $defs.</summary>
    private static List<string> ArrayEnum(string definition) =>
        Schema["$defs"]![definition]!["items"]!["enum"]!.AsArray().Select(v => v!.GetValue<string>()).ToList();

    /// <summary>The enum of a property of a definition in the schema's $defs, optionally inside that property's "items".</summary>
    private static List<string> Enum(string definition, string property, string? items = null)
    {
        var node = Schema["$defs"]![definition]!["properties"]![property]!;
        return (items is null ? node : node[items]!)["enum"]!.AsArray().Select(v => v!.GetValue<string>()).ToList();
    }
}
