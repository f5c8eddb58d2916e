using CaseFlow.Engine.Cases;

namespace CaseFlow.Domain.Tests.Cases;

/// <summary>A case reported with a point is placed in its grid and village by the shipped sample boundaries (drawn in GCJ-02).</summary>
public class CaseDeciderPlacementTests
{
    private static readonly DateTimeOffset Now = new(2025, 3, 3, 9, 0, 0, TimeSpan.FromHours(8));

    private static IEnumerable<string> Grids => SampleOutlines.GridIds;

    [TestCaseSource(nameof(Grids))]
    public void Submit_PointInsideASampleGrid_PlacesTheCaseInThatGridAndItsVillage(string grid)
    {
        var outline = SampleOutlines.Grid(grid);
        var (longitude, latitude) = outline.Inside();

        var payload = Accepted(Unplaced() with { Point = new GeoPoint(latitude, longitude, "GCJ-02") });

        Assert.Multiple(() =>
        {
            Assert.That(payload.Grid, Is.EqualTo(grid));
            Assert.That(payload.Village, Is.EqualTo(outline.Village));
            Assert.That(payload.Placed, Is.True);
        });
    }

    [Test]
    public void Submit_PointOnTheBorderOfTwoGrids_GoesToTheGridDeclaredFirst()
    {
        var (longitude, latitude) = SampleOutlines.SharedCorner("grid-1", "grid-2");

        var payload = Accepted(Unplaced() with { Point = new GeoPoint(latitude, longitude, "GCJ-02") });

        Assert.That(payload.Grid, Is.EqualTo("grid-1"));
    }

    [Test]
    public void Submit_PointOutsideEveryGrid_IsAcceptedWithNoGridNorVillage()
    {
        var payload = Accepted(Unplaced() with { Point = new GeoPoint(28.30, 119.70, "WGS-84") });

        Assert.Multiple(() =>
        {
            Assert.That(payload.Grid, Is.Null);
            Assert.That(payload.Village, Is.Null);
            Assert.That(payload.Placed, Is.Null);
            Assert.That(payload.Point, Is.EqualTo(new GeoPoint(28.30, 119.70, "WGS-84")));
        });
    }

    [Test]
    public void Submit_PointWithAGridItIsNotIn_IsRefusedNamingWhereThePointLies()
    {
        var (longitude, latitude) = SampleOutlines.Grid("grid-5").Inside();

        var decision = Submit(CaseScenario.Submission("petition") with { Point = new GeoPoint(latitude, longitude, "GCJ-02") });

        Assert.That(decision.Problems.Select(p => p.Field), Is.EqualTo(new[] { "grid" }));
        Assert.That(decision.Problems[0].Message, Does.Contain("grid-5").And.Contain("village-3").And.Contain("not in grid 'grid-1'"));
    }

    [Test]
    public void Submit_PointWithTheGridItIsIn_KeepsTheGivenGridUnmarked()
    {
        var (longitude, latitude) = SampleOutlines.Grid("grid-1").Inside();

        var payload = Accepted(CaseScenario.Submission("petition") with { Point = new GeoPoint(latitude, longitude, "GCJ-02") });

        Assert.Multiple(() =>
        {
            Assert.That(payload.Grid, Is.EqualTo("grid-1"));
            Assert.That(payload.Placed, Is.Null);
        });
    }

    [Test]
    public void Submit_GridMembersPointInAnotherGrid_StaysInTheirOwnGrid()
    {
        var (longitude, latitude) = SampleOutlines.Grid("grid-5").Inside();
        var payload = Unplaced() with { Channel = "grid", Reporter = null, Point = new GeoPoint(latitude, longitude, "GCJ-02") };

        var decision = CaseDecider.Submit(new CaseCommand { Trigger = Triggers.Submit, CaseId = Guid.NewGuid(), Actor = "grid-member-1", Payload = payload }, CaseScenario.Definition, 1, Now);

        Assert.That(decision.Rejection, Is.Null);
        Assert.That(decision.Events[0].Payload.Grid, Is.EqualTo("grid-1"));
    }

    [TestCase(95.0, 119.45, "WGS-84", "point.latitude", "from -90 to 90")]
    [TestCase(double.NaN, 119.45, "WGS-84", "point.latitude", "from -90 to 90")]
    [TestCase(28.08, 181.0, "WGS-84", "point.longitude", "from -180 to 180")]
    [TestCase(28.08, double.PositiveInfinity, "WGS-84", "point.longitude", "from -180 to 180")]
    [TestCase(28.08, 119.45, "BD-09", "point.datum", "GCJ-02, WGS-84")]
    [TestCase(28.08, 119.45, "wgs84", "point.datum", "GCJ-02, WGS-84")]
    public void Submit_BadPoint_IsRefusedSayingWhatWouldBeRight(double latitude, double longitude, string datum, string field, string right)
    {
        var decision = Submit(Unplaced() with { Point = new GeoPoint(latitude, longitude, datum) });

        Assert.That(decision.Problems.Select(p => p.Field), Is.EqualTo(new[] { field }));
        Assert.That(decision.Problems[0].Message, Does.Contain(right));
    }

    private static CasePayload Unplaced() => CaseScenario.Submission("petition") with { Village = null, Grid = null };

    private static CasePayload Accepted(CasePayload payload)
    {
        var decision = Submit(payload);
        Assert.That(decision.Rejection, Is.Null, () => string.Join("; ", decision.Problems.Select(p => p.Message)));
        return decision.Events[0].Payload;
    }

    private static Decision Submit(CasePayload payload) =>
        CaseDecider.Submit(new CaseCommand { Trigger = Triggers.Submit, CaseId = Guid.NewGuid(), Actor = "service-hotline", Payload = payload }, CaseScenario.Definition, 1, Now);
}
