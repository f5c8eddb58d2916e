using System.Text.Json;
using CaseFlow.Workflows.Model;

namespace CaseFlow.Workflows.Validation;

/// <summary>Guard checks: each node uses exactly one form, names a known field and operator, and compares like with like.</summary>
internal static class GuardRules
{
    public static void Check(Condition condition, string path, ErrorList errors)
    {
        var forms = (condition.Field is not null ? 1 : 0) + (condition.All is not null ? 1 : 0) + (condition.Any is not null ? 1 : 0) + (condition.Not is not null ? 1 : 0);
        if (forms != 1)
        {
            errors.Add(path, "a guard uses exactly one form: {\"field\", \"op\", \"value\"}, {\"all\": [...]}, {\"any\": [...]} or {\"not\": {...}}");
            return;
        }

        if (condition.All is { } all)
        {
            CheckEach(all, $"{path}.all", errors);
        }
        else if (condition.Any is { } any)
        {
            CheckEach(any, $"{path}.any", errors);
        }
        else if (condition.Not is { } not)
        {
            Check(not, $"{path}.not", errors);
        }
        else
        {
            CheckComparison(condition, path, errors);
        }
    }

    private static void CheckEach(IReadOnlyList<Condition> conditions, string path, ErrorList errors)
    {
        if (conditions.Count == 0)
        {
            errors.Add(path, "an empty list of conditions: give at least one");
        }

        for (var i = 0; i < conditions.Count; i++)
        {
            Check(conditions[i], $"{path}[{i}]", errors);
        }
    }

    private static void CheckComparison(Condition condition, string path, ErrorList errors)
    {
        if (!Catalogue.Fields.TryGetValue(condition.Field!, out var kind))
        {
            errors.Add($"{path}.field", $"unknown field '{condition.Field}'; guards may read: {ErrorList.List(Catalogue.Fields.Keys)}");
            return;
        }

        if (condition.Op is null || !Catalogue.Operators.Contains(condition.Op))
        {
            errors.Add($"{path}.op", $"unknown operator '{condition.Op}'; operators are: {ErrorList.List(Catalogue.Operators)}");
            return;
        }

        if (condition.Value is not { } value)
        {
            errors.Add($"{path}.value", $"the comparison with '{condition.Field}' needs a value");
            return;
        }

        var values = condition.Op == "in" ? (value.ValueKind == JsonValueKind.Array ? value.EnumerateArray().ToList() : null) : [value];
        if (values is null)
        {
            errors.Add($"{path}.value", "operator 'in' needs an array of values");
            return;
        }

        if (condition.Op is "gt" or "ge" or "lt" or "le" && kind != FieldKind.Number)
        {
            errors.Add($"{path}.op", $"'{condition.Op}' compares numbers, but '{condition.Field}' is a {kind.ToString().ToLowerInvariant()}; use eq, ne or in");
        }

        foreach (var v in values.Where(v => !Matches(kind, v.ValueKind)))
        {
            errors.Add($"{path}.value", $"field '{condition.Field}' is a {kind.ToString().ToLowerInvariant()}, but the guard compares it with {v.GetRawText()}");
        }
    }

    private static bool Matches(FieldKind kind, JsonValueKind value) => kind switch
    {
        FieldKind.Text => value == JsonValueKind.String,
        FieldKind.Number => value == JsonValueKind.Number,
        _ => value is JsonValueKind.True or JsonValueKind.False,
    };
}
