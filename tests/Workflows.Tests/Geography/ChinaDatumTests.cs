using CaseFlow.Workflows.Geography;

namespace CaseFlow.Workflows.Tests.Geography;

public class ChinaDatumTests
{
    // Reference pairs published with gcoord (hujiulong/gcoord, test/unit/crs), computed by its own implementation: WGS-84 (45 N, 123 E)
    // is GCJ-02 (45.00197815 N, 123.00607541 E), and GCJ-02 (45 N, 123 E) is WGS-84 (44.99804071 N, 122.99395597 E).
    [Test]
    public void ToGcj02_ThePublishedReferencePoint_MatchesItsReferenceValue()
    {
        var (latitude, longitude) = ChinaDatum.ToGcj02(45, 123);

        Assert.Multiple(() =>
        {
            Assert.That(latitude, Is.EqualTo(45.00197815).Within(1e-7));
            Assert.That(longitude, Is.EqualTo(123.00607541).Within(1e-7));
        });
    }

    [Test]
    public void ToWgs84_ThePublishedReferencePoint_MatchesItsReferenceValue()
    {
        var (latitude, longitude) = ChinaDatum.ToWgs84(45, 123);

        Assert.Multiple(() =>
        {
            Assert.That(latitude, Is.EqualTo(44.99804071).Within(1e-5));
            Assert.That(longitude, Is.EqualTo(122.99395597).Within(1e-5));
        });
    }

    [TestCase(28.0842, 119.4612)]
    [TestCase(28.05, 119.43)]
    [TestCase(39.915, 116.404)]
    [TestCase(22.28, 114.16)]
    [TestCase(45.75, 126.63)]
    public void ToWgs84_OfToGcj02_ReturnsThePointWithin1e5Degrees(double latitude, double longitude)
    {
        var (gLat, gLon) = ChinaDatum.ToGcj02(latitude, longitude);
        var (back, backLon) = ChinaDatum.ToWgs84(gLat, gLon);

        Assert.Multiple(() =>
        {
            Assert.That(Math.Abs(gLat - latitude) + Math.Abs(gLon - longitude), Is.GreaterThan(1e-4), "inside China the datums differ");
            Assert.That(back, Is.EqualTo(latitude).Within(1e-5));
            Assert.That(backLon, Is.EqualTo(longitude).Within(1e-5));
        });
    }

    [TestCase(48.8566, 2.3522)]
    [TestCase(-33.87, 151.21)]
    [TestCase(60.0, 120.0)]
    public void Convert_OutsideChinasBox_LeavesThePointAsItIs(double latitude, double longitude)
    {
        Assert.Multiple(() =>
        {
            Assert.That(ChinaDatum.Convert(latitude, longitude, GeoDatums.Wgs84, GeoDatums.Gcj02), Is.EqualTo((latitude, longitude)));
            Assert.That(ChinaDatum.Convert(latitude, longitude, GeoDatums.Gcj02, GeoDatums.Wgs84), Is.EqualTo((latitude, longitude)));
        });
    }

    [Test]
    public void Convert_UnknownDatum_SaysWhichDatumsThereAre()
    {
        var error = Assert.Throws<ArgumentException>(() => ChinaDatum.Convert(28, 119, "BD-09", GeoDatums.Wgs84));

        Assert.That(error!.Message, Does.Contain("BD-09").And.Contain("GCJ-02"));
    }
}
