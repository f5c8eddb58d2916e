using System.Globalization;
using System.Text.Json;
using CaseFlow.Workflows.Geography;
using CaseFlow.Workflows.Model;

namespace CaseFlow.Workflows.Tests.Geography;

public class TerritoryTests
{
    [Test]
    public void Locate_PointGivenInTheOtherDatum_IsConvertedBeforePlacing()
    {
        // Boundaries drawn in WGS-84: one small square around WGS (45 N, 123 E), another around the same degrees read as GCJ-02.
        // The GCJ-02 point (45.00197815, 123.00607541) is the published GCJ-02 of WGS (45, 123): converted, it lies in the first.
        var territory = new Territory(new Organisation
        {
            MapDatum = GeoDatums.Wgs84,
            Villages = [new Village { Id = "v", Name = "V" }],
            Grids =
            [
                new Grid { Id = "true-place", Village = "v", Boundary = Square(123, 45, 0.0005) },
                new Grid { Id = "unconverted", Village = "v", Boundary = Square(123.00607541, 45.00197815, 0.0005) },
            ],
        });

        var where = territory.Locate(45.00197815, 123.00607541, GeoDatums.Gcj02);
        var unconverted = territory.Locate(45.00197815, 123.00607541, GeoDatums.Wgs84);

        Assert.Multiple(() =>
        {
            Assert.That(where.Grid?.Id, Is.EqualTo("true-place"));
            Assert.That(unconverted.Grid?.Id, Is.EqualTo("unconverted"));
        });
    }

    [Test]
    public void Locate_PointInAVillageButInNoGrid_PlacesTheVillageOnly()
    {
        var territory = new Territory(new Organisation
        {
            Villages = [new Village { Id = "v", Name = "V", Boundary = Square(120, 30, 0.01) }],
            Grids = [new Grid { Id = "g", Village = "v", Boundary = Square(119.995, 29.995, 0.004) }],
        });

        var where = territory.Locate(30.005, 120.005, GeoDatums.Wgs84);

        Assert.Multiple(() =>
        {
            Assert.That(where.Grid, Is.Null);
            Assert.That(where.Village?.Id, Is.EqualTo("v"));
        });
    }

    [TestCase(double.NaN, 120.0, GeoDatums.Wgs84)]
    [TestCase(30.0, double.PositiveInfinity, GeoDatums.Wgs84)]
    [TestCase(95.0, 120.0, GeoDatums.Wgs84)]
    [TestCase(30.0, 120.0, "BD-09")]
    public void Locate_PointThatIsNoPoint_LiesNowhere(double latitude, double longitude, string datum)
    {
        var territory = new Territory(new Organisation
        {
            Villages = [new Village { Id = "v", Name = "V", Boundary = Square(120, 30, 0.01) }],
        });

        Assert.That(territory.Locate(latitude, longitude, datum), Is.EqualTo(Whereabouts.Nowhere));
    }

    [Test]
    public void Territory_InvalidBoundaryOfAStoredVersion_IsLeftOutRatherThanThrown()
    {
        var bowtie = new Boundary { Type = "Polygon", Coordinates = Json("[[[0,0],[1,1],[1,0],[0,1],[0,0]]]") };

        var territory = new Territory(new Organisation { Villages = [new Village { Id = "v", Boundary = bowtie }] });

        Assert.That(territory.HasBoundaries, Is.False);
    }

    internal static Boundary Square(double longitude, double latitude, double half)
    {
        string P(double x, double y) => string.Create(CultureInfo.InvariantCulture, $"[{x},{y}]");
        var (w, e, s, n) = (longitude - half, longitude + half, latitude - half, latitude + half);
        return new Boundary { Type = "Polygon", Coordinates = Json($"[[{P(w, s)},{P(e, s)},{P(e, n)},{P(w, n)},{P(w, s)}]]") };
    }

    private static JsonElement Json(string text) => JsonDocument.Parse(text).RootElement.Clone();
}
