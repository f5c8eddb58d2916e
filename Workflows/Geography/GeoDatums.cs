namespace CaseFlow.Workflows.Geography;

/// <summary>
/// The datums CaseFlow takes degrees in, and the one place that says so: a submission's point, the definition's <c>mapDatum</c>,
/// the AsyncAPI document and the pages for integrators and administrators all read this list.
/// </summary>
public static class GeoDatums
{
    /// <summary>WGS-84: what GPS receivers, Open311 and RFC 7946 GeoJSON use.</summary>
    public const string Wgs84 = "WGS-84";

    /// <summary>GCJ-02 (国测局坐标, "Mars coordinates"): what Chinese web maps (AMap/高德, Tencent) show and return.</summary>
    public const string Gcj02 = "GCJ-02";

    /// <summary>Every datum accepted, the default first.</summary>
    public static IReadOnlyList<string> All { get; } = [Wgs84, Gcj02];

    /// <summary>True when <paramref name="datum"/> is one of <see cref="All"/> (spelt exactly).</summary>
    public static bool IsKnown(string? datum) => datum is not null && All.Contains(datum, StringComparer.Ordinal);

    /// <summary>What is wrong with a latitude and longitude given as <paramref name="what"/>, or null when both are finite and in range.</summary>
    public static string? CoordinateProblem(string what, double latitude, double longitude)
    {
        if (!double.IsFinite(latitude) || latitude is < -90 or > 90)
        {
            return $"{what}: latitude {Show(latitude)} is not a latitude; give decimal degrees from -90 to 90 (north positive)";
        }

        return !double.IsFinite(longitude) || longitude is < -180 or > 180
            ? $"{what}: longitude {Show(longitude)} is not a longitude; give decimal degrees from -180 to 180 (east positive)"
            : null;
    }

    /// <summary>A coordinate as a person reads it: invariant culture, no more digits than it has.</summary>
    public static string Show(double degrees) => degrees.ToString("0.######", System.Globalization.CultureInfo.InvariantCulture);
}
