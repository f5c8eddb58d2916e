using CaseFlow.Workflows.Geography;
using CaseFlow.Workflows.Model;
using NetTopologySuite.Geometries;
using NetTopologySuite.Operation.Valid;

namespace CaseFlow.Workflows.Validation;

/// <summary>
/// Boundary checks: the map datum is known; every village's and grid's boundary is a valid GeoJSON polygon (rings closed, at least
/// four positions, coordinates in range, no self-intersection); a grid lies within its village; no two grids overlap.
/// </summary>
internal static class BoundaryRules
{
    /// <summary>Overlaps smaller than this, in square degrees (about 1 m²), are rounding where two grids share a border.</summary>
    private const double OverlapSlack = 1e-10;

    public static void Check(Organisation organisation, ErrorList errors)
    {
        const string root = "$.organisation";
        if (!GeoDatums.IsKnown(organisation.MapDatum))
        {
            errors.Add($"{root}.mapDatum", $"'{organisation.MapDatum}' is not a datum; the boundaries are drawn in one of: {ErrorList.List(GeoDatums.All)} (GCJ-02 when traced on a Chinese base map)");
        }

        var villages = new Dictionary<string, Geometry>(StringComparer.Ordinal);
        for (var i = 0; i < organisation.Villages.Count; i++)
        {
            if (Shape(organisation.Villages[i].Boundary, $"{root}.villages[{i}].boundary", errors) is { } shape)
            {
                villages.TryAdd(organisation.Villages[i].Id, shape);
            }
        }

        var grids = new List<(int Index, Grid Grid, Geometry Shape)>();
        for (var i = 0; i < organisation.Grids.Count; i++)
        {
            var grid = organisation.Grids[i];
            var path = $"{root}.grids[{i}].boundary";
            if (Shape(grid.Boundary, path, errors) is not { } shape)
            {
                continue;
            }

            if (villages.TryGetValue(grid.Village, out var village) && !village.Buffer(Territory.Tolerance).Covers(shape))
            {
                errors.Add(path, $"grid '{grid.Id}' reaches outside its village '{grid.Village}' (near {Near(shape.Difference(village))}); draw the grid within the village's boundary");
            }

            foreach (var (index, other, otherShape) in grids)
            {
                var overlap = shape.Intersection(otherShape);
                if (overlap.Area > OverlapSlack)
                {
                    errors.Add(path, $"grid '{grid.Id}' overlaps grid '{other.Id}' ($.organisation.grids[{index}]) near {Near(overlap)}; grids may share a border but not an area: give the shared border the same positions in both");
                }
            }

            grids.Add((i, grid, shape));
        }
    }

    /// <summary>The boundary as a valid geometry, or null when it has none or is wrong (each problem reported at its path).</summary>
    private static Geometry? Shape(Boundary? boundary, string path, ErrorList errors)
    {
        if (boundary is null)
        {
            return null;
        }

        var problems = new List<(string Path, string Message)>();
        var shape = BoundaryShape.Read(boundary, problems);
        foreach (var (below, message) in problems)
        {
            errors.Add($"{path}.{below}", message);
        }

        if (shape is null)
        {
            return null;
        }

        var invalid = new IsValidOp(shape).ValidationError;
        if (invalid is not null)
        {
            errors.Add($"{path}.coordinates", $"not a valid {boundary.Type}: {invalid.Message} at [{GeoDatums.Show(invalid.Coordinate.X)}, {GeoDatums.Show(invalid.Coordinate.Y)}]; a ring must not cross itself and holes must lie inside their polygon");
            return null;
        }

        return shape;
    }

    private static string Near(Geometry area)
    {
        var at = area.IsEmpty ? null : area.InteriorPoint.Coordinate;
        return at is null ? "its edge" : $"[{GeoDatums.Show(at.X)}, {GeoDatums.Show(at.Y)}]";
    }
}
