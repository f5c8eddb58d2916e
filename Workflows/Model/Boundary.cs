using System.Text.Json;

namespace CaseFlow.Workflows.Model;

/// <summary>
/// The outline of a village or a grid: a GeoJSON geometry (RFC 7946), <c>Polygon</c> or <c>MultiPolygon</c>, its positions written
/// [longitude, latitude] in the datum the organisation's <see cref="Organisation.MapDatum"/> names. Kept as written so that a round
/// trip keeps it; <see cref="Geography.BoundaryShape"/> reads it.
/// </summary>
public sealed record Boundary
{
    /// <summary>The GeoJSON geometry type: <c>Polygon</c> or <c>MultiPolygon</c>.</summary>
    public string Type { get; init; } = "";

    /// <summary>The GeoJSON coordinates: rings of [longitude, latitude] positions (a list of those for a MultiPolygon).</summary>
    public JsonElement Coordinates { get; init; }
}
