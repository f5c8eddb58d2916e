using System.Text.Json;
using CaseFlow.Workflows.Model;
using NetTopologySuite.Geometries;

namespace CaseFlow.Workflows.Geography;

/// <summary>
/// Reads a <see cref="Boundary"/>'s GeoJSON coordinates into a geometry, reporting every way they fall short of RFC 7946 (a ring not
/// closed, fewer than four positions, a coordinate out of range) at its path below the boundary, e.g. <c>coordinates[0][3]</c>.
/// </summary>
public static class BoundaryShape
{
    /// <summary>The geometry types a boundary may be.</summary>
    public static IReadOnlyList<string> Types { get; } = ["Polygon", "MultiPolygon"];

    /// <summary>Builds the factory every boundary and point is made with (x longitude, y latitude).</summary>
    public static GeometryFactory Factory { get; } = new(new PrecisionModel(), 4326);

    /// <summary>The boundary as a geometry, or null with the reasons added to <paramref name="problems"/> (path below the boundary, message).</summary>
    public static Geometry? Read(Boundary boundary, List<(string Path, string Message)> problems)
    {
        ArgumentNullException.ThrowIfNull(boundary);
        ArgumentNullException.ThrowIfNull(problems);
        var before = problems.Count;
        var coordinates = boundary.Coordinates;
        if (!Types.Contains(boundary.Type, StringComparer.Ordinal))
        {
            problems.Add(("type", $"'{boundary.Type}' is not a boundary's geometry type; use one of: {string.Join(", ", Types)}"));
            return null;
        }

        if (coordinates.ValueKind != JsonValueKind.Array || coordinates.GetArrayLength() == 0)
        {
            problems.Add(("coordinates", $"a {boundary.Type} needs its coordinates: a non-empty list of {(boundary.Type == "Polygon" ? "rings" : "polygons, each a list of rings")}, each ring a list of [longitude, latitude]"));
            return null;
        }

        var polygons = boundary.Type == "Polygon"
            ? [Polygon(coordinates, "coordinates", problems)]
            : coordinates.EnumerateArray().Select((p, i) => Polygon(p, $"coordinates[{i}]", problems)).ToList();
        if (problems.Count > before || polygons.Any(p => p is null))
        {
            return null;
        }

        return boundary.Type == "Polygon" ? polygons[0] : Factory.CreateMultiPolygon(polygons.ToArray()!);
    }

    private static Polygon? Polygon(JsonElement rings, string path, List<(string Path, string Message)> problems)
    {
        if (rings.ValueKind != JsonValueKind.Array || rings.GetArrayLength() == 0)
        {
            problems.Add((path, "a polygon is a non-empty list of rings: the outer ring first, then any holes"));
            return null;
        }

        var read = rings.EnumerateArray().Select((r, i) => Ring(r, $"{path}[{i}]", problems)).ToList();
        return read.Any(r => r is null) ? null : Factory.CreatePolygon(read[0], read.Skip(1).ToArray()!);
    }

    private static LinearRing? Ring(JsonElement ring, string path, List<(string Path, string Message)> problems)
    {
        if (ring.ValueKind != JsonValueKind.Array)
        {
            problems.Add((path, "a ring is a list of [longitude, latitude] positions"));
            return null;
        }

        var positions = ring.EnumerateArray().Select((p, i) => Position(p, $"{path}[{i}]", problems)).ToList();
        if (positions.Any(p => p is null))
        {
            return null;
        }

        if (positions.Count < 4)
        {
            problems.Add((path, $"a ring has {positions.Count} position(s); it needs at least 4 (three corners and the first again to close it)"));
            return null;
        }

        if (!positions[0]!.Equals2D(positions[^1]!))
        {
            problems.Add((path, $"the ring is not closed: it starts at [{Show(positions[0]!)}] and ends at [{Show(positions[^1]!)}]; repeat the first position at the end"));
            return null;
        }

        return Factory.CreateLinearRing(positions.ToArray()!);
    }

    private static Coordinate? Position(JsonElement position, string path, List<(string Path, string Message)> problems)
    {
        if (position.ValueKind != JsonValueKind.Array || position.GetArrayLength() is < 2 or > 3
            || position.EnumerateArray().Any(n => n.ValueKind != JsonValueKind.Number))
        {
            problems.Add((path, "a position is [longitude, latitude] in decimal degrees (RFC 7946 order: longitude first)"));
            return null;
        }

        var longitude = position[0].GetDouble();
        var latitude = position[1].GetDouble();
        if (GeoDatums.CoordinateProblem($"[{position[0].GetRawText()}, {position[1].GetRawText()}]", latitude, longitude) is { } problem)
        {
            problems.Add((path, $"{problem} (a position is [longitude, latitude], longitude first)"));
            return null;
        }

        return new Coordinate(longitude, latitude);
    }

    private static string Show(Coordinate c) => $"{GeoDatums.Show(c.X)}, {GeoDatums.Show(c.Y)}";
}
