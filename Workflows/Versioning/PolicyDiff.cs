using System.Text.Json;
using CaseFlow.Workflows.Loading;
using CaseFlow.Workflows.Model;

namespace CaseFlow.Workflows.Versioning;

/// <summary>Changes to the calendar (per year) and to the supervision and assessment policies (per setting), each as one readable line.</summary>
internal static class PolicyDiff
{
    private static readonly JsonSerializerOptions Compact = new(DefinitionLoader.JsonOptions) { WriteIndented = false };

    public static void Compare(ChangeList changes, TownshipDefinition from, TownshipDefinition to)
    {
        CompareCalendar(changes, from.Calendar, to.Calendar);
        CompareSettings(changes, ChangeKinds.Supervision, "policy", Settings(from.Supervision), Settings(to.Supervision));
        CompareSettings(changes, ChangeKinds.Assessment, "policy", Settings(from.Assessment), Settings(to.Assessment));
    }

    private static void CompareCalendar(ChangeList changes, CalendarDefinition? from, CalendarDefinition? to)
    {
        var old = Settings(from);
        var now = Settings(to);
        old.Remove("years");
        now.Remove("years");
        CompareSettings(changes, ChangeKinds.Calendar, "working time", old, now);
        var oldYears = (from?.Years ?? []).ToDictionary(y => y.Year);
        var newYears = (to?.Years ?? []).ToDictionary(y => y.Year);
        foreach (var year in oldYears.Keys.Union(newYears.Keys).Order())
        {
            var before = oldYears.GetValueOrDefault(year);
            var after = newYears.GetValueOrDefault(year);
            if (before is null)
            {
                changes.Add(ChangeKinds.Calendar, ChangeActions.Added, $"{year}", $"holidays and make-up workdays for {year}");
            }
            else if (after is null)
            {
                changes.Add(ChangeKinds.Calendar, ChangeActions.Removed, $"{year}", $"holidays and make-up workdays for {year}");
            }
            else if (Json(before) != Json(after))
            {
                changes.Add(ChangeKinds.Calendar, ChangeActions.Changed, $"{year}", $"holidays or make-up workdays for {year} changed");
            }
        }
    }

    private static void CompareSettings(ChangeList changes, string kind, string key, Dictionary<string, string> old, Dictionary<string, string> now)
    {
        var differences = old.Keys.Union(now.Keys).Order(StringComparer.Ordinal)
            .Select(name => ChangeList.Field(name, old.GetValueOrDefault(name), now.GetValueOrDefault(name)))
            .OfType<string>()
            .ToList();
        if (differences.Count > 0)
        {
            changes.Add(kind, ChangeActions.Changed, key, string.Join("; ", differences));
        }
    }

    /// <summary>Each top-level setting of a policy record as compact JSON.</summary>
    private static Dictionary<string, string> Settings<T>(T? policy)
        where T : class
    {
        if (policy is null)
        {
            return [];
        }

        using var document = JsonDocument.Parse(Json(policy));
        return document.RootElement.EnumerateObject().ToDictionary(p => p.Name, p => p.Value.GetRawText(), StringComparer.Ordinal);
    }

    private static string Json<T>(T value) => JsonSerializer.Serialize(value, Compact);
}
