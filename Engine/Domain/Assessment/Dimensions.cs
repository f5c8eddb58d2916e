using CaseFlow.Workflows.Compilation;

namespace CaseFlow.Engine.Assessment;

/// <summary>The units indicators are grouped by, and which unit a case counts for in each.</summary>
public static class Dimensions
{
    /// <summary>The whole township: one row.</summary>
    public const string Township = "township";

    /// <summary>The platform the case was last dispatched to (its category's platform when never dispatched).</summary>
    public const string Platform = "platform";

    /// <summary>Every office that took part in the case, as lead (主办) or co-handler (协办), each with its own acts (<see cref="OfficePart"/>).</summary>
    public const string Office = "office";

    /// <summary>Every office that took part, when it is a dispatched agency (派驻机构), as in <see cref="Office"/>.</summary>
    public const string Agency = "agency";

    /// <summary>The village the case was raised in.</summary>
    public const string Village = "village";

    /// <summary>The grid the case was raised in.</summary>
    public const string Grid = "grid";

    /// <summary>The member of that grid (一格一员).</summary>
    public const string GridMember = "gridMember";

    /// <summary>Every dimension.</summary>
    public static IReadOnlyList<string> All { get; } = [Township, Platform, Office, Agency, Village, Grid, GridMember];

    /// <summary>True for the dimensions whose units are offices: a case counts for every office that took part, each by its own part.</summary>
    public static bool ByOffice(string dimension) => dimension is Office or Agency;

    /// <summary>
    /// The units the case counts for in the dimension: one at most, except by office or agency, where it counts for every office
    /// (or dispatched agency) that took part; none when it has none (never dispatched, raised outside a grid …).
    /// </summary>
    public static IEnumerable<string> KeysOf(AssessedCase c, string dimension, CompiledDefinition definition)
    {
        ArgumentNullException.ThrowIfNull(c);
        ArgumentNullException.ThrowIfNull(definition);
        return dimension switch
        {
            Office => c.Offices.Select(o => o.Office),
            Agency => c.Offices.Select(o => o.Office).Where(o => definition.Office(o)?.Kind == "dispatchedAgency"),
            _ => KeyOf(c, dimension, definition) is { } key ? [key] : [],
        };
    }

    private static string? KeyOf(AssessedCase c, string dimension, CompiledDefinition definition)
    {
        var grid = definition.Definition.Organisation.Grids.FirstOrDefault(g => g.Id == c.Case.Grid);
        return dimension switch
        {
            Township => definition.Definition.Id,
            Platform => c.Platform,
            Village => c.Case.Village ?? grid?.Village,
            Grid => grid?.Id,
            GridMember => grid?.Member.Id,
            _ => throw new ArgumentException($"'{dimension}' is not a dimension; dimensions are: {string.Join(", ", All)}", nameof(dimension)),
        };
    }

    /// <summary>The units a dimension has, in the order workflows.json declares them, with their names.</summary>
    public static IReadOnlyList<(string Key, string Name)> Units(string dimension, CompiledDefinition definition)
    {
        ArgumentNullException.ThrowIfNull(definition);
        var organisation = definition.Definition.Organisation;
        return dimension switch
        {
            Township => [(definition.Definition.Id, definition.Definition.Name)],
            Platform => organisation.Platforms.Select(p => (p.Id, p.Name)).ToList(),
            Office => organisation.Offices.Select(o => (o.Id, o.Name)).ToList(),
            Agency => organisation.Offices.Where(o => o.Kind == "dispatchedAgency").Select(o => (o.Id, o.Name)).ToList(),
            Village => organisation.Villages.Select(v => (v.Id, v.Name)).ToList(),
            Grid => organisation.Grids.Select(g => (g.Id, g.Name)).ToList(),
            GridMember => organisation.Grids.Select(g => (g.Member.Id, g.Member.Name)).ToList(),
            _ => throw new ArgumentException($"'{dimension}' is not a dimension; dimensions are: {string.Join(", ", All)}", nameof(dimension)),
        };
    }
}
