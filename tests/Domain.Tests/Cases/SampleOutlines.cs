using System.Text.Json;

namespace CaseFlow.Domain.Tests.Cases;

/// <summary>
/// The sample grids' outlines as workflows.json writes them, read here with plain JSON and plane geometry so that the placement tests
/// do not take their expected answers from the code they test.
/// </summary>
internal static class SampleOutlines
{
    private static readonly Lazy<IReadOnlyList<Outline>> Read = new(Load);

    /// <summary>Every grid with an outline, in the order the file declares them.</summary>
    public static IReadOnlyList<Outline> Grids => Read.Value;

    /// <summary>The grid ids, for test cases.</summary>
    public static IEnumerable<string> GridIds => Grids.Select(g => g.Id);

    /// <summary>The grid with this id.</summary>
    public static Outline Grid(string id) => Grids.Single(g => g.Id == id);

    /// <summary>A position of both grids' outer rings that is on neither's ring's first edge: a point on the border they share.</summary>
    public static (double Longitude, double Latitude) SharedCorner(string first, string second) =>
        Grid(first).Ring.Intersect(Grid(second).Ring).First(p => p.Latitude > Grid(first).Ring.Min(q => q.Latitude));

    private static List<Outline> Load()
    {
        using var document = JsonDocument.Parse(File.ReadAllText(WorkflowsFile.Path));
        return [.. document.RootElement.GetProperty("organisation").GetProperty("grids").EnumerateArray()
            .Where(g => g.TryGetProperty("boundary", out _))
            .Select(g => new Outline(
                g.GetProperty("id").GetString()!,
                g.GetProperty("village").GetString()!,
                [.. g.GetProperty("boundary").GetProperty("coordinates")[0].EnumerateArray().Select(p => (p[0].GetDouble(), p[1].GetDouble()))]))];
    }
}

/// <summary>A grid's outer ring, [longitude, latitude] positions, closed.</summary>
/// <param name="Id">The grid's id.</param>
/// <param name="Village">Its village's id.</param>
/// <param name="Ring">Its outer ring.</param>
internal sealed record Outline(string Id, string Village, IReadOnlyList<(double Longitude, double Latitude)> Ring)
{
    /// <summary>A point well inside the ring: the area centroid (shoelace), checked inside by ray casting.</summary>
    public (double Longitude, double Latitude) Inside()
    {
        double area = 0, cx = 0, cy = 0;
        for (var i = 0; i < Ring.Count - 1; i++)
        {
            var (x0, y0) = Ring[i];
            var (x1, y1) = Ring[i + 1];
            var cross = (x0 * y1) - (x1 * y0);
            area += cross;
            cx += (x0 + x1) * cross;
            cy += (y0 + y1) * cross;
        }

        var centroid = (cx / (3 * area), cy / (3 * area));
        Assert.That(Contains(centroid), Is.True, $"the centroid of {Id} should lie inside it for this test");
        return centroid;
    }

    private bool Contains((double X, double Y) p)
    {
        var inside = false;
        for (int i = 0, j = Ring.Count - 2; i < Ring.Count - 1; j = i++)
        {
            var (xi, yi) = Ring[i];
            var (xj, yj) = Ring[j];
            if ((yi > p.Y) != (yj > p.Y) && p.X < ((xj - xi) * (p.Y - yi) / (yj - yi)) + xi)
            {
                inside = !inside;
            }
        }

        return inside;
    }
}
