using CaseFlow.Workflows.Compilation;
using CaseFlow.Workflows.Geography;

namespace CaseFlow.Engine.Cases;

/// <summary>Checks a submission's fields and reports every missing or wrong one.</summary>
internal static class SubmissionRules
{
    public static List<FieldProblem> Check(string actor, CasePayload p, CompiledDefinition definition)
    {
        var problems = new List<FieldProblem>();
        var organisation = definition.Definition.Organisation;
        if (string.IsNullOrWhiteSpace(p.ClientKey))
        {
            problems.Add(new("clientKey", "clientKey is required: the caller's unique key for this submission, so that a resend does not create a second case"));
        }

        if (string.IsNullOrWhiteSpace(actor))
        {
            problems.Add(new("actor", "actor is required: who submits the case (a grid member id, command-room, or the sending system)"));
        }

        if (string.IsNullOrWhiteSpace(p.Category))
        {
            problems.Add(new("category", "category is required: one of the category ids in workflows.json"));
        }
        else if (definition.Category(p.Category) is null)
        {
            problems.Add(new("category", $"unknown category '{p.Category}'; categories are: {Vocabulary.List(definition.Definition.Categories.Select(c => c.Id))}"));
        }

        if (string.IsNullOrWhiteSpace(p.Description))
        {
            problems.Add(new("description", "description is required: what the reporter described"));
        }

        if (string.IsNullOrWhiteSpace(p.Channel) || !Vocabulary.Channels.Contains(p.Channel))
        {
            problems.Add(new("channel", $"'{p.Channel}' is not a channel; use one of: {Vocabulary.List(Vocabulary.Channels)}"));
        }

        if (p.Priority is not null && !Vocabulary.Priorities.Contains(p.Priority))
        {
            problems.Add(new("priority", $"'{p.Priority}' is not a priority; use one of: {Vocabulary.List(Vocabulary.Priorities)}"));
        }

        if (p.Reporter is null && p.Channel is not null && Vocabulary.Channels.Contains(p.Channel) && !Vocabulary.ReporterOptionalChannels.Contains(p.Channel))
        {
            problems.Add(new("reporter", $"reporter is required for channel '{p.Channel}': the person to feed back to"));
        }
        else if (p.Reporter is { } reporter && string.IsNullOrWhiteSpace(reporter.Name))
        {
            problems.Add(new("reporter.name", "reporter.name is required"));
        }

        // A sealed phone is one checked when it was recorded (a replay re-derives from what is stored); callers cannot send one.
        if (p.Reporter?.Phone is { } phone && !Privacy.SealedValue.TryParse(phone, out _) && (phone.Length is < 5 or > 20 || !phone.All(c => char.IsAsciiDigit(c) || c is '-' or '+' or ' ')))
        {
            problems.Add(new("reporter.phone", "reporter.phone must be a phone number (digits, '+', '-', spaces)"));
        }

        if (p.CountyCaseNumber is { } number && (string.IsNullOrWhiteSpace(number) || p.Channel != Vocabulary.CountyChannel))
        {
            problems.Add(new("countyCaseNumber", "a county case number comes only with a case the county 12345 system hands down (channel county12345), and must not be blank"));
        }

        if (p.Village is { } village && !organisation.Villages.Any(v => v.Id == village))
        {
            problems.Add(new("village", $"unknown village '{village}'; villages are: {Vocabulary.List(organisation.Villages.Select(v => v.Id))}"));
        }

        if (p.Grid is { } gridId)
        {
            var grid = organisation.Grids.FirstOrDefault(g => g.Id == gridId);
            if (grid is null)
            {
                problems.Add(new("grid", $"unknown grid '{gridId}'; grids are: {Vocabulary.List(organisation.Grids.Select(g => g.Id))}"));
            }
            else if (p.Village is { } v && v != grid.Village)
            {
                problems.Add(new("grid", $"grid '{gridId}' lies in village '{grid.Village}', not '{v}'"));
            }
        }

        PointProblems(actor, p, definition, problems);
        return problems;
    }

    /// <summary>
    /// A point must be finite degrees in range in a known datum; and a grid or village the caller gives must hold it (within
    /// <see cref="Territory.Tolerance"/>), unless it is the grid member's own grid: they report what they find in their grid.
    /// </summary>
    private static void PointProblems(string actor, CasePayload p, CompiledDefinition definition, List<FieldProblem> problems)
    {
        if (p.Point is not { } point)
        {
            return;
        }

        var before = problems.Count;
        if (GeoDatums.CoordinateProblem("point", point.Latitude, point.Longitude) is { } problem)
        {
            problems.Add(new(double.IsFinite(point.Latitude) && point.Latitude is >= -90 and <= 90 ? "point.longitude" : "point.latitude", problem));
        }

        if (!GeoDatums.IsKnown(point.Datum))
        {
            problems.Add(new("point.datum", $"'{point.Datum}' is not a datum; use one of: {Vocabulary.List(GeoDatums.All)} (WGS-84 from GPS, GCJ-02 from a Chinese web map)"));
        }

        if (problems.Count > before || p.Placed == true)
        {
            return;
        }

        var territory = definition.Territory;
        var organisation = definition.Definition.Organisation;
        var grid = p.Grid is { } given ? organisation.Grids.FirstOrDefault(g => g.Id == given) : null;
        if (grid is not null && grid.Member.Id == actor)
        {
            return;
        }

        if (p.Grid is { } gridId && grid is not null && !territory.NearGrid(gridId, point.Latitude, point.Longitude, point.Datum))
        {
            problems.Add(new("grid", $"{Placement.Describe(point, definition)}, not in grid '{gridId}'; give the grid it lies in, or no grid to have the case placed by its point, or correct the point"));
        }
        else if (p.Village is { } villageId && organisation.Villages.Any(v => v.Id == villageId)
            && !territory.NearVillage(villageId, point.Latitude, point.Longitude, point.Datum))
        {
            problems.Add(new("village", $"{Placement.Describe(point, definition)}, not in village '{villageId}'; give the village it lies in, or none to have the case placed by its point, or correct the point"));
        }
    }
}
