using System.Text.Json;
using CaseFlow.Workflows.Model;
using CaseFlow.Workflows.Tests.Compilation;
using CaseFlow.Workflows.Versioning;

namespace CaseFlow.Workflows.Tests.Versioning;

/// <summary>The diff says when a boundary is redrawn or removed, and when the map datum changes.</summary>
public class BoundaryDiffTests
{
    private static TownshipDefinition Real => RealWorkflows.Definition.Definition;

    [Test]
    public void Compare_GridBoundaryRedrawn_SaysSo()
    {
        var moved = JsonDocument.Parse("[[[119.43, 28.05], [119.44, 28.05], [119.44, 28.06], [119.43, 28.05]]]").RootElement.Clone();
        var changed = WithGrids(g => g.Id == "grid-3" ? g with { Boundary = g.Boundary! with { Coordinates = moved } } : g);

        var changes = DefinitionDiff.Compare(Real, changed).Items;

        Assert.That(changes, Is.EqualTo(new[] { new DefinitionChange("grid", "changed", "grid-3", "boundary redrawn") }));
    }

    [Test]
    public void Compare_GridBoundaryRemoved_SaysWhatItWas()
    {
        var changed = WithGrids(g => g.Id == "grid-3" ? g with { Boundary = null } : g);

        var changes = DefinitionDiff.Compare(Real, changed).Items;

        Assert.That(changes, Is.EqualTo(new[] { new DefinitionChange("grid", "changed", "grid-3", "boundary Polygon → (none)") }));
    }

    [Test]
    public void Compare_MapDatumChanged_SaysTheOldAndTheNew()
    {
        var changed = Real with { Organisation = Real.Organisation with { MapDatum = "WGS-84" } };

        var changes = DefinitionDiff.Compare(Real, changed).Items;

        Assert.That(changes.Single().Detail, Does.Contain("map datum GCJ-02 → WGS-84"));
    }

    private static TownshipDefinition WithGrids(Func<Grid, Grid> change) =>
        Real with { Organisation = Real.Organisation with { Grids = [.. Real.Organisation.Grids.Select(change)] } };
}
