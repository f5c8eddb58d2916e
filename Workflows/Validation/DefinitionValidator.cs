using CaseFlow.Workflows.Model;

namespace CaseFlow.Workflows.Validation;

/// <summary>Checks a definition's meaning (references, uniqueness, reachability, calendar, deadlines, supervision, assessment, guards, who may act) and reports every error with its JSON path.</summary>
public static class DefinitionValidator
{
    /// <summary>Every error in the definition; empty when it is valid.</summary>
    public static IReadOnlyList<DefinitionError> Validate(TownshipDefinition definition)
    {
        ArgumentNullException.ThrowIfNull(definition);
        var errors = new ErrorList();
        if (string.IsNullOrWhiteSpace(definition.Id))
        {
            errors.Add("$.id", "the workflow set needs an id, e.g. \"wuxi-township\"");
        }

        OrganisationRules.Check(definition.Organisation, errors);
        BoundaryRules.Check(definition.Organisation, errors);
        SystemRules.Check(definition.Organisation, errors);
        CalendarRules.Check(definition.Calendar, errors);
        SupervisionPolicyRules.Check(definition, errors);
        AssessmentPolicyRules.Check(definition, errors);
        CategoryRules.Check(definition, errors);
        WorkflowRules.Check(definition, errors);
        PermissionRules.Check(definition, errors);
        TimerRules.Check(definition, errors);
        PersonalDataRules.Check(definition.PersonalData, errors);
        return errors.Items;
    }
}

/// <summary>Collects errors and offers the checks that several rule sets share.</summary>
internal sealed class ErrorList
{
    private readonly List<DefinitionError> _items = [];

    public IReadOnlyList<DefinitionError> Items => _items;

    public void Add(string path, string message) => _items.Add(new DefinitionError(path, message));

    /// <summary>Reports duplicate and missing ids in a list and returns the set of ids declared; <paramref name="scope"/> names what the list belongs to.</summary>
    public HashSet<string> Ids<T>(IReadOnlyList<T> items, Func<T, string> id, string path, string what, string? scope = null)
    {
        var within = scope is null ? "" : $" in {scope}";
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < items.Count; i++)
        {
            var value = id(items[i]);
            if (string.IsNullOrWhiteSpace(value))
            {
                Add($"{path}[{i}].id", $"every {what}{within} needs a non-empty id");
            }
            else if (!seen.Add(value))
            {
                Add($"{path}[{i}].id", $"duplicate {what} id '{value}'{within}: each {what} id must be unique");
            }
        }

        return seen;
    }

    /// <summary>Reports a reference that names nothing declared; <paramref name="scope"/> names where the declarations live.</summary>
    public void Reference(string? value, IReadOnlySet<string> known, string path, string what, string? scope = null)
    {
        var within = scope is null ? "" : $" in {scope}";
        if (string.IsNullOrWhiteSpace(value))
        {
            Add(path, $"a {what} is required here; declared {what}s{within} are: {List(known)}");
        }
        else if (!known.Contains(value))
        {
            Add(path, $"unknown {what} '{value}'{within}; declared {what}s are: {List(known)}");
        }
    }

    public static string List(IEnumerable<string> values)
    {
        var all = values.Order(StringComparer.Ordinal).ToList();
        return all.Count == 0 ? "(none)" : string.Join(", ", all);
    }
}
