using System.Text.Json;
using System.Text.Json.Serialization;
using CaseFlow.Workflows.Model;
using CaseFlow.Workflows.Validation;

namespace CaseFlow.Workflows.Loading;

/// <summary>
/// Reads a working calendar published on its own (reference data apart from the definition): the same shape as a definition's
/// <c>calendar</c> section, checked by the same rules, every error at its JSON path from <c>$</c>.
/// </summary>
public static class CalendarLoader
{
    // A misspelt field would otherwise be dropped silently and its holidays with it.
    private static readonly JsonSerializerOptions Strict = new(DefinitionLoader.JsonOptions)
    {
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
    };

    /// <summary>Reads and validates calendar text.</summary>
    public static CalendarLoadResult Parse(string json)
    {
        ArgumentNullException.ThrowIfNull(json);
        var hash = DefinitionLoader.ContentHash(json);
        CalendarDefinition? calendar;
        try
        {
            calendar = JsonSerializer.Deserialize<CalendarDefinition>(json, Strict);
        }
        catch (JsonException e)
        {
            return new CalendarLoadResult { ContentHash = hash, Errors = [new DefinitionError(e.Path ?? "$", $"cannot be read as a calendar: {e.Message}")] };
        }

        if (calendar is null)
        {
            return new CalendarLoadResult { ContentHash = hash, Errors = [new DefinitionError("$", "is null; a calendar is a JSON object with timeZone, workingWeek, workingHours and years")] };
        }

        // A null where a list expects an item (a weekday, a span, a holiday) is reported at its path; the rules read whole items only.
        using (var document = JsonDocument.Parse(json))
        {
            if (NullItems.Paths(document.RootElement) is { Count: > 0 } nulls)
            {
                return new CalendarLoadResult { ContentHash = hash, Errors = [.. nulls.Select(path => new DefinitionError(path, "is null; give the item itself (a weekday name, a working span, a date) or leave it out of the list"))] };
            }
        }

        var errors = new ErrorList();
        CalendarRules.Check(calendar, errors, "$");
        return new CalendarLoadResult { Calendar = calendar, Errors = errors.Items, ContentHash = hash };
    }

    /// <summary>A calendar as stored text (indented JSON in the definition's field names), for a calendar taken from a definition.</summary>
    public static string Text(CalendarDefinition calendar) => JsonSerializer.Serialize(calendar, DefinitionLoader.JsonOptions);
}

/// <summary>The outcome of reading a calendar: the calendar when it is valid, otherwise every error found.</summary>
public sealed record CalendarLoadResult
{
    /// <summary>The calendar read; null when the text could not be read as one.</summary>
    public CalendarDefinition? Calendar { get; init; }

    /// <summary>Every error found, each at its JSON path; empty when valid.</summary>
    public IReadOnlyList<DefinitionError> Errors { get; init; } = [];

    /// <summary>SHA-256 of the text: the same content is always the same calendar version.</summary>
    public string ContentHash { get; init; } = "";

    /// <summary>True when the calendar read with no errors.</summary>
    public bool IsValid => Calendar is not null && Errors.Count == 0;
}
