using System.Globalization;
using CaseFlow.Engine.Cases;
using CaseFlow.Engine.Input;
using CaseFlow.Engine.Routing;
using CaseFlow.Workflows.Compilation;
using CaseFlow.Workflows.Model;
using Microsoft.Extensions.Primitives;

namespace CaseFlow.Host.Workbench.Cases;

/// <summary>
/// A trigger's form on the case page: the controls for the fields it takes (<see cref="CommandFields"/>) and the payload read back from
/// what was posted. This is the one place that says how each payload property is asked for — which control, which choices (from the
/// definition and the engine's vocabulary) and which preset (the engine's own default) — never which fields a trigger takes, nor which
/// are required: the engine says that, and its field problems are shown next to the fields.
/// </summary>
public static class CommandForm
{
    /// <summary>The controls for the trigger on this case, in the contract's order.</summary>
    public static IReadOnlyList<CommandInput> Inputs(string trigger, CaseState state, CompiledDefinition definition, CaseClock clock)
    {
        ArgumentNullException.ThrowIfNull(state);
        ArgumentNullException.ThrowIfNull(definition);
        ArgumentNullException.ThrowIfNull(clock);
        return [.. CommandFields.Of(trigger).Select(f => Input(f, state, definition, clock)).OfType<CommandInput>()];
    }

    /// <summary>The payload the posted form carries for the trigger, and the fields that could not be read (not a number, not a date …).</summary>
    public static (CasePayload Payload, IReadOnlyList<FieldProblem> Problems) Read(string trigger, IFormCollection form, CaseState state, CompiledDefinition definition, CaseClock clock)
    {
        ArgumentNullException.ThrowIfNull(form);
        var payload = new CasePayload();
        var problems = new List<FieldProblem>();
        foreach (var input in Inputs(trigger, state, definition, clock))
        {
            var field = input.Field;
            var posted = form[field.Name];
            var (value, problem) = Parse(field, posted, clock);
            if (problem is not null)
            {
                problems.Add(new FieldProblem(field.Name, problem));
            }
            else if (value is not null)
            {
                typeof(CasePayload).GetProperty(field.Payload, System.Reflection.BindingFlags.IgnoreCase | System.Reflection.BindingFlags.Public | System.Reflection.BindingFlags.Instance)!
                    .SetValue(payload, value);
            }
        }

        return (payload, problems);
    }

    private static CommandInput? Input(CommandField field, CaseState state, CompiledDefinition definition, CaseClock clock)
    {
        var platform = state.Platform ?? definition.Category(state.Category)?.Platform;
        var limit = InputLimits.Find(field.Name) ?? InputLimits.Find(field.Payload);
        CommandInput Make(InputKind kind, IReadOnlyList<string>? choices = null, ChoiceNames named = ChoiceNames.Word, IReadOnlyList<string>? preset = null) =>
            new(field, kind, choices ?? [], named, preset ?? [], kind is InputKind.Text or InputKind.LongText ? limit?.MaxLength : null);

        return field.Payload switch
        {
            // A co-handler reports its own part: the engine takes the office from the position the report is sent in.
            "office" => null,
            "platform" => Make(InputKind.Choice, [.. definition.Definition.Organisation.Platforms.Select(p => p.Id)], ChoiceNames.Platform, Preset(platform)),
            "leadOffice" => Make(
                InputKind.Choice,
                platform is null ? [] : [.. Router.OfficesOf(definition, platform)],
                ChoiceNames.Office,
                platform is null ? null : Preset(Router.DefaultLeadOffice(definition, state.Category, platform))),
            "coHandlers" => Make(InputKind.Choices, [.. definition.Definition.Organisation.Offices.Select(o => o.Id)], ChoiceNames.Office),
            "jurisdiction" => Make(InputKind.Choice, [Jurisdictions.Township, Jurisdictions.County]),
            "feedback" => Make(InputKind.Choice, [.. Vocabulary.FeedbackOutcomes.Order(StringComparer.Ordinal)]),
            "rating" => Make(InputKind.Choice, Ratings),
            _ when field.Type == typeof(bool) => Make(InputKind.YesNo),
            _ when field.Type == typeof(int) => Make(InputKind.Number),
            _ when field.Type == typeof(DateTimeOffset) => Make(InputKind.Instant, preset: [clock.Field(clock.Now)]),
            _ when field.Type == typeof(string) && limit?.Kind == TextKind.FreeText => Make(InputKind.LongText),
            _ => Make(InputKind.Text),
        };
    }

    /// <summary>The ratings from best to worst, as the engine's vocabulary holds them.</summary>
    private static IReadOnlyList<string> Ratings => [.. Vocabulary.Ratings];

    private static IReadOnlyList<string>? Preset(string? value) => value is null ? null : [value];

    private static (object? Value, string? Problem) Parse(CommandField field, StringValues posted, CaseClock clock)
    {
        var values = posted.Where(v => !string.IsNullOrWhiteSpace(v)).Select(v => v!).ToList();
        if (field.Type != typeof(string) && field.Type != typeof(bool) && field.Type.IsAssignableFrom(typeof(string[])))
        {
            return (values.Count == 0 ? null : values.ToArray(), null);
        }

        if (values.Count == 0)
        {
            return (null, null);
        }

        var text = values[0].Trim();
        if (field.Type == typeof(string))
        {
            return (values[0], null);
        }

        if (field.Type == typeof(bool))
        {
            return bool.TryParse(text, out var yes) ? (yes, null) : (null, $"'{Shorten(text)}' is neither yes (true) nor no (false)");
        }

        if (field.Type == typeof(int))
        {
            return int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var number)
                ? (number, null)
                : (null, $"'{Shorten(text)}' is not a whole number");
        }

        if (field.Type == typeof(Guid))
        {
            return Guid.TryParse(text, out var id) ? (id, null) : (null, $"'{Shorten(text)}' is not a case id (e.g. 0196a0b0-1234-7abc-8def-0123456789ab)");
        }

        if (field.Type == typeof(DateTimeOffset))
        {
            return clock.Read(text) is { } instant
                ? (instant, null)
                : (null, $"'{Shorten(text)}' is not a date and time (yyyy-MM-ddTHH:mm[:ss], in {clock.Zone.Id})");
        }

        return (null, $"{field.Name} cannot be given on this form");
    }

    /// <summary>What was typed, cut short to be repeated safely.</summary>
    private static string Shorten(string text) => text.Length <= 40 ? text : text[..40] + "…";
}
