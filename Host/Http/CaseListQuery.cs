using System.Globalization;
using CaseFlow.Engine.Cases;
using CaseFlow.Engine.History;
using CaseFlow.Host.Briefs;
using CaseFlow.Workflows.Compilation;

namespace CaseFlow.Host.Http;

/// <summary>
/// The filter of a case list read from its query string (<c>GET /cases</c>), against the current definition: every value bounded,
/// every id one the definition names, and a parameter the list does not take refused rather than ignored (a misspelt filter would
/// otherwise list every case). Each refusal says what the list takes. A parameter left empty filters nothing, as an HTML form
/// sends a field left blank; <c>state</c> may be given several times or as a comma-separated list, the others once.
/// </summary>
internal static class CaseListQuery
{
    /// <summary>The parameters the list takes: its filters, then paging's (which <see cref="Paging"/> reads).</summary>
    public static IReadOnlyList<string> Parameters { get; } =
        ["number", "workflow", "state", "platform", "office", "supervision", "overdue", "countyStatus", "village", "grid", "from", "to", "final", "limit", "cursor"];

    private const string Separator = ",";

    /// <summary>The filter the query asks for (overdue judged at <paramref name="now"/>), or the problem to answer with.</summary>
    public static (CaseFilter? Filter, IResult? Problem) Read(IQueryCollection query, CompiledDefinition definition, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(query);
        ArgumentNullException.ThrowIfNull(definition);
        var unknown = query.Keys.Where(k => !Parameters.Contains(k, StringComparer.OrdinalIgnoreCase)).ToList();
        if (unknown.Count > 0)
        {
            return (null, Refuse(unknown.Select(Shown).Distinct(StringComparer.Ordinal).ToDictionary(
                k => k,
                k => $"'{k}' is not a parameter of this list; it takes {string.Join(", ", Parameters)}",
                StringComparer.Ordinal)));
        }

        var repeated = Parameters.Except(["state", "limit", "cursor"]).Where(p => query[p].Count > 1).ToList();
        if (repeated.Count > 0)
        {
            return (null, Refuse(repeated.ToDictionary(p => p, p => $"{p} is given {query[p].Count} times; give it once (only state takes several)")));
        }

        string? One(string name) => query[name] is { Count: 1 } values && values[0] is { Length: > 0 } value ? value : null;
        var states = query["state"].SelectMany(v => (v ?? "").Split(Separator)).Where(s => s.Length > 0).Distinct(StringComparer.Ordinal).ToList();
        var bounded = BoundedInput.Problem([
            ("workflow", One("workflow"), "workflow"), ("platform", One("platform"), "platform"), ("office", One("office"), "office"),
            ("supervision", One("supervision"), "state"), ("countyStatus", One("countyStatus"), "countyStatus"),
            ("village", One("village"), "village"), ("grid", One("grid"), "grid"),
            .. states.Select(s => ("state", (string?)s, "state")),
        ]);
        if (bounded is not null)
        {
            return (null, bounded);
        }

        var errors = new Dictionary<string, string>(StringComparer.Ordinal);
        if (states.Select(s => StateProblem(s, definition)).OfType<string>().ToList() is { Count: > 0 } wrongStates)
        {
            errors["state"] = wrongStates[0] + (wrongStates.Count > 1 ? $" (and {wrongStates.Count - 1} more states are unknown)" : "");
        }

        var filter = new CaseFilter
        {
            Number = Number(errors, One("number")),
            Workflow = Known(errors, "workflow", One("workflow"), CaseWorkflows(definition).Select(w => w.Definition.Id), "workflows cases are in"),
            States = states,
            Platform = Known(errors, "platform", One("platform"), definition.Definition.Organisation.Platforms.Select(p => p.Id), "platforms"),
            Office = Known(errors, "office", One("office"), definition.Definition.Organisation.Offices.Select(o => o.Id), "offices"),
            Supervision = Known(errors, "supervision", One("supervision"), SupervisionStates(definition), "supervision states"),
            CountyStatus = Known(errors, "countyStatus", One("countyStatus"), CountyStatuses.All, "county statuses"),
            Village = Known(errors, "village", One("village"), definition.Definition.Organisation.Villages.Select(v => v.Id), "villages"),
            Grid = Known(errors, "grid", One("grid"), definition.Definition.Organisation.Grids.Select(g => g.Id), "grids"),
            Overdue = Flag(errors, "overdue", One("overdue"), "true lists the cases past a sign-for or handling deadline, false the rest"),
            Now = now,
            SubmittedFrom = Instant(errors, "from", One("from"), definition),
            SubmittedTo = Instant(errors, "to", One("to"), definition),
            Final = Flag(errors, "final", One("final"), "true lists the cases that have ended, false the open ones"),
        };
        if (filter is { SubmittedFrom: { } from, SubmittedTo: { } to } && to <= from)
        {
            errors["to"] = $"to ({to.ToString("O", CultureInfo.InvariantCulture)}) must come after from ({from.ToString("O", CultureInfo.InvariantCulture)}): the list holds the cases submitted from 'from' up to 'to'";
        }

        return errors.Count > 0 ? (null, Refuse(errors)) : (filter, null);
    }

    /// <summary>The workflows a case can be in (not those that run beside another, such as supervision).</summary>
    private static IEnumerable<CompiledWorkflow> CaseWorkflows(CompiledDefinition definition) =>
        definition.Workflows.Values.Where(w => w.Definition.RunsBeside is null);

    private static IEnumerable<string> SupervisionStates(CompiledDefinition definition) =>
        definition.Workflows.Values.Where(w => w.Definition.RunsBeside is not null).SelectMany(w => w.Definition.States.Select(s => s.Id)).Distinct();

    /// <summary>What is wrong with a state (a bare id, or a position workflow.State), or null when a case can be there.</summary>
    private static string? StateProblem(string state, CompiledDefinition definition)
    {
        var dot = state.IndexOf('.', StringComparison.Ordinal);
        if (dot < 0)
        {
            var states = CaseWorkflows(definition).SelectMany(w => w.Definition.States.Select(s => s.Id)).Distinct().ToList();
            return states.Contains(state, StringComparer.Ordinal)
                ? null
                : $"unknown state '{state}'; states are: {Vocabulary.List(states)} (in any workflow), or write a position workflow.State, e.g. handle.InProgress";
        }

        var workflow = CaseWorkflows(definition).FirstOrDefault(w => w.Definition.Id == state[..dot]);
        if (workflow is null)
        {
            return $"unknown workflow '{state[..dot]}' in state '{state}'; workflows cases are in: {Vocabulary.List(CaseWorkflows(definition).Select(w => w.Definition.Id))}";
        }

        var ids = workflow.Definition.States.Select(s => s.Id).ToList();
        return ids.Contains(state[(dot + 1)..], StringComparer.Ordinal)
            ? null
            : $"'{state[(dot + 1)..]}' is not a state of {workflow.Definition.Id}; its states are: {Vocabulary.List(ids)}";
    }

    private static string? Known(Dictionary<string, string> errors, string name, string? value, IEnumerable<string> known, string what)
    {
        if (value is null)
        {
            return null;
        }

        var ids = known.ToList();
        if (ids.Contains(value, StringComparer.Ordinal))
        {
            return value;
        }

        errors[name] = $"unknown {name} '{value}'; {what}: {Vocabulary.List(ids)}";
        return null;
    }

    /// <summary>The case number asked for (written in capitals however it was typed), or the error to answer with.</summary>
    private static string? Number(Dictionary<string, string> errors, string? value)
    {
        if (value is null)
        {
            return null;
        }

        var number = value.Trim().ToUpperInvariant();
        if (CaseNumbers.IsNumber(number))
        {
            return number;
        }

        errors["number"] = $"number must be a case number (工单编号) as CaseFlow writes it: the township's code, the day of receipt and the day's sequence, e.g. YHWX-20261201-0007 (at most {CaseNumbers.MaxLength} characters)";
        return null;
    }

    private static bool? Flag(Dictionary<string, string> errors, string name, string? value, string meaning)
    {
        if (value is null)
        {
            return null;
        }

        if (value.Length <= "false".Length && bool.TryParse(value, out var flag))
        {
            return flag;
        }

        errors[name] = $"{name} must be true or false: {meaning}";
        return null;
    }

    private static DateTimeOffset? Instant(Dictionary<string, string> errors, string name, string? value, CompiledDefinition definition)
    {
        if (value is null)
        {
            return null;
        }

        var (instant, error) = PeriodText.Instant(name, value, definition.Calendar);
        if (error is not null)
        {
            errors[name] = error;
        }

        return instant;
    }

    private static IResult Refuse(Dictionary<string, string> errors) => Results.ValidationProblem(
        errors.ToDictionary(e => e.Key, e => new[] { e.Value }),
        detail: string.Join("; ", errors.Values),
        title: "The list's query is wrong");

    /// <summary>A parameter's name as a message repeats it: cut short when it is long.</summary>
    private static string Shown(string name) => name.Length <= 64 ? name : name[..64] + "…";
}
