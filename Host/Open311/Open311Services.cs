using System.Globalization;
using CaseFlow.Engine.Cases;
using CaseFlow.Engine.Input;
using CaseFlow.Workflows.Compilation;
using CaseFlow.Workflows.Model;

namespace CaseFlow.Host.Open311;

/// <summary>
/// Service discovery generated from the definition: one service per category of workflows.json (its id the service_code, its name
/// the service_name, its platform's name the group), and one service definition whose attributes are the native submission's fields
/// Open311 lacks, their values read from the organisation and CaseFlow's vocabulary.
/// </summary>
internal static class Open311Services
{
    /// <summary>The channel an Open311 report arrives by unless <c>attribute[channel]</c> names another: the public's own line to the township.</summary>
    public const string DefaultChannel = "hotline";

    /// <summary>The attributes every service takes, in the order they are listed.</summary>
    public static IReadOnlyList<Open311Attribute> Attributes(CompiledDefinition definition)
    {
        ArgumentNullException.ThrowIfNull(definition);
        var organisation = definition.Definition.Organisation;
        var villages = organisation.Villages.ToDictionary(v => v.Id, v => v.Name, StringComparer.Ordinal);
        return
        [
            new("title", "string", "一句话概述（不填时为服务名称）", Bounded("title"), [], (s, v) => s with { Title = v }),
            new("priority", "singlevaluelist", "紧急程度（紧急件按类别的紧急时限办理）", null, [.. Vocabulary.Priorities.Order(StringComparer.Ordinal).Select(p => (p, p))], (s, v) => s with { Priority = v }),
            new(
                "channel",
                "singlevaluelist",
                $"来源渠道（不填时为 {DefaultChannel}）",
                null,
                [.. Vocabulary.Channels.Where(c => c != Vocabulary.CountyChannel).Order(StringComparer.Ordinal).Select(c => (c, c))],
                (s, v) => s with { Channel = v }),
            new("village", "singlevaluelist", "所在村", null, [.. organisation.Villages.Select(v => (v.Id, v.Name))], (s, v) => s with { Village = v }),
            new(
                "grid",
                "singlevaluelist",
                "所在网格",
                null,
                [.. organisation.Grids.Select(g => (g.Id, villages.TryGetValue(g.Village, out var village) ? $"{g.Name}（{village}）" : g.Name))],
                (s, v) => s with { Grid = v }),
        ];
    }

    /// <summary>GET services: every category as a service.</summary>
    public static IReadOnlyList<Open311Service> List(CompiledDefinition definition)
    {
        ArgumentNullException.ThrowIfNull(definition);
        return [.. definition.Definition.Categories.Select(c => Service(c, definition))];
    }

    /// <summary>GET services/{code}: the category's definition, or null when no category has that id.</summary>
    public static Open311ServiceDefinition? Definition(CompiledDefinition definition, string serviceCode)
    {
        ArgumentNullException.ThrowIfNull(definition);
        return definition.Category(serviceCode) is null
            ? null
            : new Open311ServiceDefinition(
                serviceCode,
                [.. Attributes(definition).Select((a, i) => new Open311ServiceAttribute(true, a.Code, a.Datatype, false, a.DatatypeDescription, i + 1, a.Description, [.. a.Values.Select(v => new Open311Value(v.Key, v.Name))]))]);
    }

    /// <summary>What a category's service says of itself: who handles it and in what time.</summary>
    public static string Describe(Category category, CompiledDefinition definition)
    {
        ArgumentNullException.ThrowIfNull(category);
        ArgumentNullException.ThrowIfNull(definition);
        if (category.Jurisdiction == Jurisdictions.County)
        {
            return $"{category.Name}：非乡域管辖，由{definition.Definition.Organisation.CommandRoom.Name}上报县12345处理";
        }

        var platform = definition.Platform(category.Platform)?.Name ?? category.Platform;
        var office = definition.Office(category.LeadOffice)?.Name ?? category.LeadOffice;
        var deadline = category.Deadline is { } normal ? $"，办理时限{Span(normal)}" : "";
        var urgent = category.UrgentDeadline is { } fast ? $"（紧急件{Span(fast)}）" : "";
        return $"{category.Name}：由{platform}办理，主办{office}{deadline}{urgent}";
    }

    private static Open311Service Service(Category category, CompiledDefinition definition) => new(
        category.Id,
        category.Name,
        Describe(category, definition),
        true,
        "realtime",
        string.Join(", ", new[] { category.Campaign, definition.Platform(category.Platform)?.Name, definition.Office(category.LeadOffice)?.Name }.OfType<string>()),
        definition.Platform(category.Platform)?.Name ?? category.Platform);

    private static string Span(Deadline deadline) =>
        deadline.WorkingDays > 0
            ? string.Create(CultureInfo.InvariantCulture, $"{deadline.WorkingDays}个工作日")
            : string.Create(CultureInfo.InvariantCulture, $"{deadline.WorkingHours}个工作小时");

    private static string Bounded(string field) => string.Create(CultureInfo.InvariantCulture, $"at most {InputLimits.Of(field).MaxLength} characters");
}
