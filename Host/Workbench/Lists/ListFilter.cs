using System.Globalization;
using CaseFlow.Engine.Assessment;
using CaseFlow.Engine.Cases;
using CaseFlow.Engine.Input;
using CaseFlow.Workflows.Compilation;
using Microsoft.AspNetCore.WebUtilities;

namespace CaseFlow.Host.Workbench.Lists;

/// <summary>
/// The filters of a workbench list as its form sends them (the case number, platform, office, state, supervision state, overdue, county status,
/// village, grid and the period submitted in, as dates in the township's time zone, both ends included), checked against the
/// definition: a value the definition does not name is kept out of the filter and reported by field. A field left blank filters nothing.
/// </summary>
public sealed record ListFilter
{
    /// <summary>The query parameters the filter reads.</summary>
    public static IReadOnlyList<string> Parameters { get; } =
        ["number", "platform", "office", "state", "supervision", "overdue", "countyStatus", "village", "grid", "from", "to"];

    /// <summary>A case number (工单编号), written in capitals however it was typed.</summary>
    public string? Number { get; init; }

    /// <summary>Platform id.</summary>
    public string? Platform { get; init; }

    /// <summary>Office id: the lead office or a co-handler.</summary>
    public string? Office { get; init; }

    /// <summary>A position <c>workflow.State</c>.</summary>
    public string? State { get; init; }

    /// <summary>A state of the workflow running beside handling.</summary>
    public string? Supervision { get; init; }

    /// <summary>True: only overdue cases; false: only those that are not.</summary>
    public bool? Overdue { get; init; }

    /// <summary>Where the case stands with the county 12345 system.</summary>
    public string? CountyStatus { get; init; }

    /// <summary>Village id.</summary>
    public string? Village { get; init; }

    /// <summary>Grid id.</summary>
    public string? Grid { get; init; }

    /// <summary>The first day of the period submitted in.</summary>
    public DateOnly? From { get; init; }

    /// <summary>The last day of the period submitted in.</summary>
    public DateOnly? To { get; init; }

    /// <summary>The fields given values the list cannot take, each with the value given.</summary>
    public IReadOnlyDictionary<string, string> Errors { get; init; } = new Dictionary<string, string>();

    /// <summary>True when some filter is set.</summary>
    public bool Any => Number is not null || Platform is not null || Office is not null || State is not null || Supervision is not null || Overdue is not null
        || CountyStatus is not null || Village is not null || Grid is not null || From is not null || To is not null;

    /// <summary>The county statuses a case can have.</summary>
    public static IReadOnlyList<string> CountyStatusValues { get; } =
        [CountyStatuses.Escalated, CountyStatuses.Accepted, CountyStatuses.Assigned, CountyStatuses.Resolved, CountyStatuses.SentBack, CountyStatuses.HandedDown];

    /// <summary>The positions <c>workflow.State</c> a case can be at, in the definition's order (workflows running beside excluded).</summary>
    public static IEnumerable<string> States(CompiledDefinition definition)
    {
        ArgumentNullException.ThrowIfNull(definition);
        return definition.Definition.Workflows.Where(w => w.RunsBeside is null).SelectMany(w => w.States.Select(s => $"{w.Id}.{s.Id}"));
    }

    /// <summary>The supervision states, as the workflow running beside handling declares them.</summary>
    public static IEnumerable<string> SupervisionStates(CompiledDefinition definition)
    {
        ArgumentNullException.ThrowIfNull(definition);
        return definition.Definition.Workflows.Where(w => w.RunsBeside is not null).SelectMany(w => w.States.Select(s => s.Id)).Distinct();
    }

    /// <summary>Reads the filter from a query string.</summary>
    public static ListFilter Read(IQueryCollection query, CompiledDefinition definition)
    {
        ArgumentNullException.ThrowIfNull(query);
        ArgumentNullException.ThrowIfNull(definition);
        var errors = new Dictionary<string, string>(StringComparer.Ordinal);
        var organisation = definition.Definition.Organisation;
        string? One(string name, IEnumerable<string> known)
        {
            if (query[name] is not { Count: > 0 } values || string.IsNullOrEmpty(values[0]))
            {
                return null;
            }

            var value = values[0]!;
            if (values.Count == 1 && value.Length <= 200 && known.Contains(value, StringComparer.Ordinal))
            {
                return value;
            }

            errors[name] = Shown(values.ToString());
            return null;
        }

        var filter = new ListFilter
        {
            Number = CaseNumber(query, errors),
            Platform = One("platform", organisation.Platforms.Select(p => p.Id)),
            Office = One("office", organisation.Offices.Select(o => o.Id)),
            State = One("state", States(definition)),
            Supervision = One("supervision", SupervisionStates(definition)),
            Overdue = One("overdue", ["true", "false"]) is { } overdue ? overdue == "true" : null,
            CountyStatus = One("countyStatus", CountyStatusValues),
            Village = One("village", organisation.Villages.Select(v => v.Id)),
            Grid = One("grid", organisation.Grids.Select(g => g.Id)),
            From = Day(query, "from", errors),
            To = Day(query, "to", errors),
        };
        if (filter is { From: { } from, To: { } to } && to < from)
        {
            errors["to"] = to.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
            filter = filter with { To = null };
        }

        return filter with { Errors = errors };
    }

    /// <summary>True when the case passes every filter set (overdue judged at <paramref name="now"/>).</summary>
    public bool Matches(CaseState state, CompiledDefinition definition, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(state);
        ArgumentNullException.ThrowIfNull(definition);
        var calendar = definition.Calendar;
        return (Number is null || state.Number == Number)
            && (Platform is null || state.Platform == Platform)
            && (Office is null || state.LeadOffice == Office || state.CoHandlers.Any(c => c.Office == Office))
            && (State is null || state.Position == State)
            && (Supervision is null || state.Supervision == Supervision)
            && (Overdue is null || (CaseDeadline.Of(state, definition, now)?.IsOverdue ?? false) == Overdue)
            && (CountyStatus is null || state.CountyStatus == CountyStatus)
            && (Village is null || state.Village == Village)
            && (Grid is null || state.Grid == Grid)
            && (From is not { } from || state.SubmittedAt >= new AssessmentPeriod(from, from.AddDays(1)).Start(calendar))
            && (To is not { } to || state.SubmittedAt < new AssessmentPeriod(to, to.AddDays(1)).End(calendar));
    }

    /// <summary>The filter as query parameters, for links that keep it (the pager, the lists of the home page).</summary>
    public Dictionary<string, string?> Query() => new(StringComparer.Ordinal)
    {
        ["number"] = Number,
        ["platform"] = Platform,
        ["office"] = Office,
        ["state"] = State,
        ["supervision"] = Supervision,
        ["overdue"] = Overdue is { } overdue ? (overdue ? "true" : "false") : null,
        ["countyStatus"] = CountyStatus,
        ["village"] = Village,
        ["grid"] = Grid,
        ["from"] = From?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        ["to"] = To?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
    };

    /// <summary>A link to <paramref name="path"/> with these filters and the other parameters given (blank ones left out).</summary>
    public string Link(string path, params (string Name, string? Value)[] more)
    {
        var parameters = Query();
        foreach (var (name, value) in more)
        {
            parameters[name] = value;
        }

        return QueryHelpers.AddQueryString(path, parameters.Where(p => !string.IsNullOrEmpty(p.Value)));
    }

    private static string? CaseNumber(IQueryCollection query, Dictionary<string, string> errors)
    {
        if (query["number"] is not { Count: > 0 } values || string.IsNullOrWhiteSpace(values[0]))
        {
            return null;
        }

        var number = values[0]!.Trim().ToUpperInvariant();
        if (values.Count == 1 && CaseNumbers.IsNumber(number))
        {
            return number;
        }

        errors["number"] = Shown(values.ToString());
        return null;
    }

    private static DateOnly? Day(IQueryCollection query, string name, Dictionary<string, string> errors)
    {
        if (query[name] is not { Count: > 0 } values || string.IsNullOrEmpty(values[0]))
        {
            return null;
        }

        if (values.Count == 1
            && DateOnly.TryParseExact(values[0], "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day)
            && InputLimits.DateProblem(name, day) is null)
        {
            return day;
        }

        errors[name] = Shown(values.ToString());
        return null;
    }

    private static string Shown(string value) => value.Length <= 64 ? value : value[..64] + "…";
}
