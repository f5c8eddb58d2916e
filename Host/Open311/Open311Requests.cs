using System.Globalization;
using CaseFlow.Engine.Cases;
using CaseFlow.Workflows.Compilation;

namespace CaseFlow.Host.Open311;

/// <summary>
/// A case as a GeoReport v2 service request: <c>open</c> until the case has ended (<see cref="CaseState.IsFinal"/>), then
/// <c>closed</c>; the status notes are the state's name in the definition the case is pinned to, with the handling result once
/// there is one; the agency responsible is the lead office, else the platform, else the command room that received it. Nothing of
/// the reporter is in it.
/// </summary>
internal static class Open311Requests
{
    /// <summary>The datum Open311's lat and long are in; a point recorded in another is not shown as lat and long.</summary>
    public const string Datum = "WGS-84";

    /// <summary>One service request.</summary>
    public static Open311ServiceRequest Of(CaseState state, CompiledDefinition definition)
    {
        ArgumentNullException.ThrowIfNull(state);
        ArgumentNullException.ThrowIfNull(definition);
        var category = definition.Category(state.Category);
        var stateName = definition.Workflows.TryGetValue(state.Workflow, out var workflow)
            ? workflow.Definition.States.FirstOrDefault(s => s.Id == state.State)?.Name ?? state.State
            : state.State;
        var point = state.Point is { Datum: Datum } p ? p : null;
        return new Open311ServiceRequest(
            state.Id.ToString("D"),
            state.IsFinal ? "closed" : "open",
            state.Result is { Length: > 0 } result ? $"{stateName}；办理结果：{result}" : stateName,
            category?.Name ?? state.Category,
            state.Category,
            state.Description,
            Agency(state, definition),
            category is null ? null : Open311Services.Describe(category, definition),
            Instant(state.SubmittedAt),
            Instant(state.UpdatedAt),
            state.HandlingDeadline is { } deadline ? Instant(deadline) : null,
            state.Location,
            null,
            null,
            point?.Latitude,
            point?.Longitude,
            null,
            state.Number);
    }

    /// <summary>An instant as the specification writes them: ISO 8601 with its offset (UTC here).</summary>
    public static string Instant(DateTimeOffset at) => at.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);

    private static string Agency(CaseState state, CompiledDefinition definition) =>
        (state.LeadOffice is { } office ? definition.Office(office)?.Name : null)
        ?? (state.Platform is { } platform ? definition.Platform(platform)?.Name : null)
        ?? definition.Definition.Organisation.CommandRoom.Name;
}
