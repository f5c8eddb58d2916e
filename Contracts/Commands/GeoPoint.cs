namespace CaseFlow.Contracts.Commands;

/// <summary>Where a problem is, as a point on the map: decimal degrees, with the datum they were taken in.</summary>
public sealed record GeoPoint
{
    /// <summary>Latitude in decimal degrees, −90 to 90 (north positive).</summary>
    public double Latitude { get; init; }

    /// <summary>Longitude in decimal degrees, −180 to 180 (east positive).</summary>
    public double Longitude { get; init; }

    /// <summary>
    /// The datum the degrees are in: <c>WGS-84</c> (GPS, Open311; the default) or <c>GCJ-02</c> (the coordinates Chinese web maps —
    /// AMap/高德, Tencent — show and return).
    /// </summary>
    public string Datum { get; init; } = "WGS-84";
}
