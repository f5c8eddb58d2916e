namespace CaseFlow.Engine.Cases;

/// <summary>A point where a problem is, in decimal degrees, with the datum it was given in (see <c>GeoDatums</c>).</summary>
/// <param name="Latitude">Latitude, −90 to 90.</param>
/// <param name="Longitude">Longitude, −180 to 180.</param>
/// <param name="Datum">WGS-84 or GCJ-02.</param>
public sealed record GeoPoint(double Latitude, double Longitude, string Datum);
