using System.Globalization;
using CaseFlow.Engine.Input;
using CaseFlow.Workflows.Compilation;

namespace CaseFlow.Host.Open311;

/// <summary>
/// The filters of GET requests, as the specification gives them: service_request_id (a comma-separated list; when given, the others
/// are ignored), service_code (a comma-separated list), start_date and end_date (ISO 8601; the last <see cref="MaxDays"/> days when
/// neither is given, and never a longer span), status (open, closed, or both). At most <see cref="MaxResults"/> requests are listed.
/// </summary>
/// <param name="Ids">The requests asked for by id; empty when the other filters apply.</param>
/// <param name="Codes">The service codes to list; empty for all.</param>
/// <param name="From">The earliest submission listed.</param>
/// <param name="To">The latest submission listed (excluded).</param>
/// <param name="Final">True for closed only, false for open only, null for both.</param>
internal sealed record Open311RequestQuery(IReadOnlyList<Guid> Ids, IReadOnlySet<string> Codes, DateTimeOffset From, DateTimeOffset To, bool? Final)
{
    /// <summary>The longest span of submission dates one list covers, and the span listed when none is given.</summary>
    public const int MaxDays = 90;

    /// <summary>The most requests one list holds.</summary>
    public const int MaxResults = 1000;

    /// <summary>The most ids one service_request_id list may name.</summary>
    public const int MaxIds = 100;

    /// <summary>The query parameters GET requests takes.</summary>
    public static IReadOnlyList<string> Parameters { get; } = [Open311ApiKey.Parameter, "jurisdiction_id", "service_request_id", "service_code", "start_date", "end_date", "status"];

    /// <summary>The filters the query gives, or every error in it.</summary>
    public static (Open311RequestQuery? Query, IReadOnlyList<string> Errors) Read(IQueryCollection query, CompiledDefinition definition, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(query);
        ArgumentNullException.ThrowIfNull(definition);
        var errors = new List<string>();
        foreach (var (key, values) in query)
        {
            if (!Parameters.Contains(key, StringComparer.Ordinal))
            {
                errors.Add($"{Shown(key)} is not a parameter of GET requests; it takes {string.Join(", ", Parameters)}");
            }
            else if (values.Count > 1)
            {
                errors.Add($"{key} is given {values.Count} times; give it once (a list as one comma-separated value)");
            }
        }

        if (errors.Count > 0)
        {
            return (null, errors);
        }

        if (Text(query, "jurisdiction_id") is { } jurisdiction && jurisdiction != definition.Definition.Id)
        {
            errors.Add($"jurisdiction_id '{Shown(jurisdiction)}' is not served here; this endpoint serves '{definition.Definition.Id}' (or leave jurisdiction_id out)");
        }

        var ids = List(query, "service_request_id");
        if (ids.Count > MaxIds)
        {
            errors.Add($"service_request_id names {ids.Count} requests; name at most {MaxIds} at a time");
        }

        var parsedIds = new List<Guid>();
        foreach (var id in ids.Take(MaxIds))
        {
            if (Guid.TryParseExact(id, "D", out var parsed))
            {
                parsedIds.Add(parsed);
            }
            else
            {
                errors.Add($"service_request_id '{Shown(id)}' is not a request id; ids are the ones POST requests answered, e.g. 0190c2a4-7f5e-7b3a-9c1d-2e4f6a8b0c1d");
            }
        }

        var codes = List(query, "service_code").ToHashSet(StringComparer.Ordinal);
        foreach (var code in codes.Where(c => definition.Category(c) is null))
        {
            errors.Add($"service_code '{Shown(code)}' is not a service here; GET services.json lists the codes");
        }

        var final = List(query, "status") switch
        {
            [] => (bool?)null,
            var statuses when statuses.All(s => s is "open" or "closed") => statuses.Distinct().Count() == 2 ? null : statuses[0] == "closed",
            var statuses => Refuse(errors, $"status '{Shown(string.Join(",", statuses))}' is not a status; give open, closed, or open,closed"),
        };

        var start = Date(query, "start_date", errors);
        var end = Date(query, "end_date", errors);
        var to = end ?? (start is { } s && s.AddDays(MaxDays) < now ? s.AddDays(MaxDays) : now);
        var from = start ?? to.AddDays(-MaxDays);
        if (errors.Count == 0 && to <= from)
        {
            errors.Add($"end_date ({Open311Requests.Instant(to)}) must come after start_date ({Open311Requests.Instant(from)})");
        }
        else if (errors.Count == 0 && (to - from).TotalDays > MaxDays)
        {
            errors.Add($"start_date to end_date spans {Math.Ceiling((to - from).TotalDays)} days; ask for at most {MaxDays} days at a time");
        }

        return errors.Count > 0 ? (null, errors) : (new Open311RequestQuery(parsedIds, codes, from, to, final), []);
    }

    private static bool? Refuse(List<string> errors, string error)
    {
        errors.Add(error);
        return null;
    }

    private static DateTimeOffset? Date(IQueryCollection query, string key, List<string> errors)
    {
        if (Text(query, key) is not { } text)
        {
            return null;
        }

        if (DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var at))
        {
            if (InputLimits.DateProblem(key, at) is not { } outOfRange)
            {
                return at;
            }

            errors.Add(outOfRange);
            return null;
        }

        errors.Add($"{key} '{Shown(text)}' is not a date; write it in ISO 8601 with its offset, e.g. 2026-11-01T00:00:00+08:00");
        return null;
    }

    private static List<string> List(IQueryCollection query, string key) =>
        Text(query, key) is { } text ? [.. text.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)] : [];

    private static string? Text(IQueryCollection query, string key) => query[key].ToString().Trim() is { Length: > 0 } text ? text : null;

    private static string Shown(string text) => text.Length <= 64 ? text : text[..64] + "…";
}
