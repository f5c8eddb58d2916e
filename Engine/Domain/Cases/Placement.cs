using CaseFlow.Workflows.Compilation;
using CaseFlow.Workflows.Geography;

namespace CaseFlow.Engine.Cases;

/// <summary>
/// Places a submission by its point: the grid and village whose boundaries hold it (<see cref="Territory.Locate"/>), when the
/// submission names no grid. Part of the pure decision, so the first event records the place and a replay never runs the geometry.
/// </summary>
internal static class Placement
{
    /// <summary>
    /// The payload with the grid and village its point lies in, marked <see cref="CasePayload.Placed"/>; unchanged when it names a
    /// grid, has no point, lies in no outlined village, or lies outside the village it names (<see cref="SubmissionRules"/> says so).
    /// </summary>
    public static CasePayload Place(CasePayload payload, CompiledDefinition definition)
    {
        if (payload.Grid is not null || payload.Point is not { } point)
        {
            return payload;
        }

        var where = definition.Territory.Locate(point.Latitude, point.Longitude, point.Datum);
        if (where.Village is null || (payload.Village is { } given && given != where.Village.Id) || (payload.Village is not null && where.Grid is null))
        {
            return payload;
        }

        return payload with { Grid = where.Grid?.Id, Village = where.Village.Id, Placed = true };
    }

    /// <summary>Where a point lies, in words, for a message: its grid and village, its village only, or outside every outline.</summary>
    public static string Describe(GeoPoint point, CompiledDefinition definition)
    {
        var at = $"the point {GeoDatums.Show(point.Latitude)}, {GeoDatums.Show(point.Longitude)} ({point.Datum})";
        var where = definition.Territory.Locate(point.Latitude, point.Longitude, point.Datum);
        return (where.Grid, where.Village) switch
        {
            ({ } grid, { } village) => $"{at} lies in grid '{grid.Id}' ({grid.Name}) of village '{village.Id}' ({village.Name})",
            (null, { } village) => $"{at} lies in village '{village.Id}' ({village.Name}) and in none of its outlined grids",
            _ => $"{at} lies outside every village and grid the definition outlines",
        };
    }
}
