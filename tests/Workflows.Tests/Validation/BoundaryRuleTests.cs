using System.Text.Json.Nodes;
using CaseFlow.Workflows.Loading;

namespace CaseFlow.Workflows.Tests.Validation;

public class BoundaryRuleTests
{
    private const string Grid3 = "$.organisation.grids[2].boundary";

    [Test]
    public void Boundaries_AsShipped_AreValid()
    {
        var result = DefinitionLoader.Parse(RepositoryFiles.Definition);

        Assert.That(result.Errors.Where(e => e.Path.Contains("boundary", StringComparison.Ordinal) || e.Path.EndsWith("mapDatum", StringComparison.Ordinal)), Is.Empty);
    }

    [Test]
    public void Boundary_RingNotClosed_IsAnErrorAtTheRing()
    {
        var result = BrokenDefinition.Load(root => Ring(root, 2).Add(new JsonArray(119.44, 28.06)));

        result.ErrorAt($"{Grid3}.coordinates[0]", "not closed").Names("repeat the first position");
    }

    [Test]
    public void Boundary_RingOfThreePositions_IsAnErrorAtTheRing()
    {
        var result = BrokenDefinition.Load(root => Grid(root, 2)["boundary"]!["coordinates"] =
            JsonNode.Parse("[[[119.43, 28.05], [119.44, 28.06], [119.43, 28.05]]]"));

        result.ErrorAt($"{Grid3}.coordinates[0]", "at least 4").Names("3 position(s)");
    }

    [TestCase(200.0, 28.06, "longitude 200")]
    [TestCase(119.44, -91.0, "latitude -91")]
    public void Boundary_CoordinateOutOfRange_IsAnErrorAtThePosition(double longitude, double latitude, string named)
    {
        var result = BrokenDefinition.Load(root => Ring(root, 2)[1] = new JsonArray(longitude, latitude));

        result.ErrorAt($"{Grid3}.coordinates[0][1]", named).Names("longitude first");
    }

    [Test]
    public void Boundary_RingCrossingItself_IsAnErrorNamingTheReasonAndWhere()
    {
        var result = BrokenDefinition.Load(root => Grid(root, 2)["boundary"]!["coordinates"] =
            JsonNode.Parse("[[[119.43, 28.05], [119.44, 28.06], [119.44, 28.05], [119.43, 28.06], [119.43, 28.05]]]"));

        result.ErrorAt($"{Grid3}.coordinates", "not a valid Polygon").Names("Self-intersection", "119.435");
    }

    [Test]
    public void Boundary_OfAnotherGeometryType_IsAnError()
    {
        var result = BrokenDefinition.Load(root => Grid(root, 2)["boundary"]!["type"] = "LineString");

        result.ErrorAt($"{Grid3}.type", "not a boundary's geometry type").Names("LineString", "Polygon", "MultiPolygon");
    }

    [Test]
    public void Boundary_GridReachingOutsideItsVillage_IsAnErrorAtTheGrid()
    {
        // grid-1 (village-1) given village-2's outline: outside its own village.
        var result = BrokenDefinition.Load(root => Grid(root, 0)["boundary"] = Village(root, 1)["boundary"]!.DeepClone());

        result.ErrorAt("$.organisation.grids[0].boundary", "reaches outside its village 'village-1'").Names("grid-1", "within the village");
    }

    [Test]
    public void Boundary_GridsOverlapping_IsAnErrorAtTheLaterGrid()
    {
        var result = BrokenDefinition.Load(root => Grid(root, 1)["boundary"] = Grid(root, 0)["boundary"]!.DeepClone());

        result.ErrorAt("$.organisation.grids[1].boundary", "overlaps grid 'grid-1'").Names("grid-2", "$.organisation.grids[0]");
    }

    [Test]
    public void MapDatum_Unknown_IsAnErrorListingTheDatums()
    {
        var result = BrokenDefinition.Load(root => root.Organisation()["mapDatum"] = "BD-09");

        result.ErrorAt("$.organisation.mapDatum", "is not a datum").Names("BD-09", "WGS-84", "GCJ-02");
    }

    [Test]
    public void Schema_MapDatum_EnumeratesTheDatumsGeoDatumsOwns()
    {
        var schema = JsonNode.Parse(DefinitionLoader.SchemaText)!;
        var values = schema["properties"]!["organisation"]!["properties"]!["mapDatum"]!["enum"]!.AsArray().Select(v => v!.GetValue<string>());

        Assert.That(values, Is.EqualTo(CaseFlow.Workflows.Geography.GeoDatums.All));
    }

    private static JsonObject Grid(JsonObject root, int index) => root.Organisation()["grids"]![index]!.AsObject();

    private static JsonObject Village(JsonObject root, int index) => root.Organisation()["villages"]![index]!.AsObject();

    private static JsonArray Ring(JsonObject root, int grid) => Grid(root, grid)["boundary"]!["coordinates"]![0]!.AsArray();
}
