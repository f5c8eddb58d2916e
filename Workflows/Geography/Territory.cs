using CaseFlow.Workflows.Model;
using NetTopologySuite.Geometries;
using NetTopologySuite.Geometries.Prepared;

namespace CaseFlow.Workflows.Geography;

/// <summary>
/// The villages' and grids' boundaries of one definition, prepared once for placing points: which grid and village a point lies in.
/// A boundary that does not read as a valid polygon (possible only in a version published before the rules) is left out.
/// </summary>
public sealed class Territory
{
    /// <summary>How far outside a declared grid or village, in degrees of the map (about 50 m here), a given point still counts as in it: GPS error.</summary>
    public const double Tolerance = 0.0005;

    private readonly List<Area<Grid>> _grids;
    private readonly List<Area<Village>> _villages;
    private readonly IReadOnlyDictionary<string, Village> _villageById;

    /// <summary>Prepares the boundaries the organisation declares.</summary>
    public Territory(Organisation organisation)
    {
        ArgumentNullException.ThrowIfNull(organisation);
        Datum = GeoDatums.IsKnown(organisation.MapDatum) ? organisation.MapDatum : GeoDatums.Wgs84;
        _grids = organisation.Grids.Select(g => Area<Grid>.Of(g, g.Id, g.Boundary)).OfType<Area<Grid>>().ToList();
        _villages = organisation.Villages.Select(v => Area<Village>.Of(v, v.Id, v.Boundary)).OfType<Area<Village>>().ToList();
        _villageById = organisation.Villages.GroupBy(v => v.Id, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
    }

    /// <summary>The datum the boundaries are drawn in.</summary>
    public string Datum { get; }

    /// <summary>True when some village or grid declares a boundary.</summary>
    public bool HasBoundaries => _grids.Count > 0 || _villages.Count > 0;

    /// <summary>A grid's outline in <see cref="Datum"/>, or null when it declares none.</summary>
    public Geometry? GridOutline(string id) => _grids.FirstOrDefault(a => a.Id == id)?.Shape;

    /// <summary>A village's outline in <see cref="Datum"/>, or null when it declares none.</summary>
    public Geometry? VillageOutline(string id) => _villages.FirstOrDefault(a => a.Id == id)?.Shape;

    /// <summary>A point given in <paramref name="datum"/> as a point of the map (in <see cref="Datum"/>): x longitude, y latitude.</summary>
    public Point OnMap(double latitude, double longitude, string datum)
    {
        var (lat, lon) = ChinaDatum.Convert(latitude, longitude, datum, Datum);
        return BoundaryShape.Factory.CreatePoint(new Coordinate(lon, lat));
    }

    /// <summary>
    /// The grid and village a point lies in: the first grid declared whose boundary covers it (its edge included, so a point on the
    /// border two grids share goes to the one declared first) and that grid's village; else the first village whose boundary covers it;
    /// else nowhere. A point that is not finite, out of range or in an unknown datum lies nowhere.
    /// </summary>
    public Whereabouts Locate(double latitude, double longitude, string datum)
    {
        if (!GeoDatums.IsKnown(datum) || GeoDatums.CoordinateProblem("point", latitude, longitude) is not null)
        {
            return Whereabouts.Nowhere;
        }

        var point = OnMap(latitude, longitude, datum);
        if (_grids.FirstOrDefault(a => a.Prepared.Covers(point)) is { } grid)
        {
            return new Whereabouts(grid.Item, _villageById.GetValueOrDefault(grid.Item.Village));
        }

        return _villages.FirstOrDefault(a => a.Prepared.Covers(point)) is { } village ? new Whereabouts(null, village.Item) : Whereabouts.Nowhere;
    }

    /// <summary>True when the grid declares no boundary or the point lies within <see cref="Tolerance"/> of it.</summary>
    public bool NearGrid(string grid, double latitude, double longitude, string datum) =>
        Near(GridOutline(grid), latitude, longitude, datum);

    /// <summary>True when the village declares no boundary or the point lies within <see cref="Tolerance"/> of it.</summary>
    public bool NearVillage(string village, double latitude, double longitude, string datum) =>
        Near(VillageOutline(village), latitude, longitude, datum);

    private bool Near(Geometry? outline, double latitude, double longitude, string datum) =>
        outline is null || !GeoDatums.IsKnown(datum) || GeoDatums.CoordinateProblem("point", latitude, longitude) is not null
        || outline.IsWithinDistance(OnMap(latitude, longitude, datum), Tolerance);

    private sealed record Area<T>(T Item, string Id, Geometry Shape, IPreparedGeometry Prepared)
    {
        public static Area<T>? Of(T item, string id, Boundary? boundary)
        {
            if (boundary is null || BoundaryShape.Read(boundary, []) is not { IsValid: true } shape)
            {
                return null;
            }

            return new Area<T>(item, id, shape, PreparedGeometryFactory.Prepare(shape));
        }
    }
}

/// <summary>Where a point lies: its grid (if any) and its village (the grid's, or the village whose boundary holds it).</summary>
/// <param name="Grid">The grid, or null.</param>
/// <param name="Village">The village, or null.</param>
public sealed record Whereabouts(Grid? Grid, Village? Village)
{
    /// <summary>In no declared grid or village.</summary>
    public static Whereabouts Nowhere { get; } = new(null, null);
}
