namespace CaseFlow.Workflows.Geography;

/// <summary>
/// The published conversion between WGS-84 and GCJ-02 (the offset China's surveying law applies to maps; the formula as the open
/// implementations such as eviltransform publish it). It applies only inside the conversion's bounding box of China: elsewhere the
/// two datums are the same degrees. GCJ-02 to WGS-84 has no closed form and is found by iterating the forward conversion.
/// </summary>
public static class ChinaDatum
{
    private const double SemiMajorAxis = 6378245.0;
    private const double EccentricitySquared = 0.00669342162296594323;

    /// <summary>True when the conversion applies: inside the rectangle it defines around China (72.004–137.8347 E, 0.8293–55.8271 N).</summary>
    public static bool Applies(double latitude, double longitude) =>
        longitude is >= 72.004 and <= 137.8347 && latitude is >= 0.8293 and <= 55.8271;

    /// <summary>A WGS-84 point in GCJ-02 degrees.</summary>
    public static (double Latitude, double Longitude) ToGcj02(double latitude, double longitude)
    {
        if (!Applies(latitude, longitude))
        {
            return (latitude, longitude);
        }

        var (dLat, dLon) = Offset(latitude, longitude);
        return (latitude + dLat, longitude + dLon);
    }

    /// <summary>A GCJ-02 point in WGS-84 degrees, iterated until the forward conversion of the answer lands within 1e-9° of the point.</summary>
    public static (double Latitude, double Longitude) ToWgs84(double latitude, double longitude)
    {
        if (!Applies(latitude, longitude))
        {
            return (latitude, longitude);
        }

        var (lat, lon) = (latitude, longitude);
        for (var i = 0; i < 30; i++)
        {
            var (gLat, gLon) = ToGcj02(lat, lon);
            var (eLat, eLon) = (gLat - latitude, gLon - longitude);
            (lat, lon) = (lat - eLat, lon - eLon);
            if (Math.Abs(eLat) < 1e-9 && Math.Abs(eLon) < 1e-9)
            {
                break;
            }
        }

        return (lat, lon);
    }

    /// <summary>A point converted from one datum of <see cref="GeoDatums.All"/> to another (unchanged when they are the same).</summary>
    public static (double Latitude, double Longitude) Convert(double latitude, double longitude, string from, string to)
    {
        if (string.Equals(from, to, StringComparison.Ordinal))
        {
            return (latitude, longitude);
        }

        return (from, to) switch
        {
            (GeoDatums.Wgs84, GeoDatums.Gcj02) => ToGcj02(latitude, longitude),
            (GeoDatums.Gcj02, GeoDatums.Wgs84) => ToWgs84(latitude, longitude),
            _ => throw new ArgumentException($"no conversion from '{from}' to '{to}'; datums are: {string.Join(", ", GeoDatums.All)}"),
        };
    }

    private static (double Latitude, double Longitude) Offset(double latitude, double longitude)
    {
        var x = longitude - 105.0;
        var y = latitude - 35.0;
        var dLat = -100.0 + (2.0 * x) + (3.0 * y) + (0.2 * y * y) + (0.1 * x * y) + (0.2 * Math.Sqrt(Math.Abs(x)));
        dLat += ((20.0 * Math.Sin(6.0 * x * Math.PI)) + (20.0 * Math.Sin(2.0 * x * Math.PI))) * 2.0 / 3.0;
        dLat += ((20.0 * Math.Sin(y * Math.PI)) + (40.0 * Math.Sin(y / 3.0 * Math.PI))) * 2.0 / 3.0;
        dLat += ((160.0 * Math.Sin(y / 12.0 * Math.PI)) + (320.0 * Math.Sin(y * Math.PI / 30.0))) * 2.0 / 3.0;
        var dLon = 300.0 + x + (2.0 * y) + (0.1 * x * x) + (0.1 * x * y) + (0.1 * Math.Sqrt(Math.Abs(x)));
        dLon += ((20.0 * Math.Sin(6.0 * x * Math.PI)) + (20.0 * Math.Sin(2.0 * x * Math.PI))) * 2.0 / 3.0;
        dLon += ((20.0 * Math.Sin(x * Math.PI)) + (40.0 * Math.Sin(x / 3.0 * Math.PI))) * 2.0 / 3.0;
        dLon += ((150.0 * Math.Sin(x / 12.0 * Math.PI)) + (300.0 * Math.Sin(x / 30.0 * Math.PI))) * 2.0 / 3.0;
        var radLat = latitude / 180.0 * Math.PI;
        var magic = 1 - (EccentricitySquared * Math.Sin(radLat) * Math.Sin(radLat));
        var sqrtMagic = Math.Sqrt(magic);
        dLat = dLat * 180.0 / (SemiMajorAxis * (1 - EccentricitySquared) / (magic * sqrtMagic) * Math.PI);
        dLon = dLon * 180.0 / (SemiMajorAxis / sqrtMagic * Math.Cos(radLat) * Math.PI);
        return (dLat, dLon);
    }
}
