using System.Globalization;
using System.Text.Json;
using CaseFlow.Workflows.Model;

namespace CaseFlow.Workflows.Conditions;

/// <summary>Evaluates declarative guards against case facts, and describes them for people and diagrams.</summary>
public static class ConditionEvaluator
{
    /// <summary>True when the condition holds for the facts.</summary>
    public static bool Holds(Condition condition, IFacts facts)
    {
        ArgumentNullException.ThrowIfNull(condition);
        ArgumentNullException.ThrowIfNull(facts);
        if (condition.All is { } all)
        {
            return all.All(c => Holds(c, facts));
        }

        if (condition.Any is { } any)
        {
            return any.Any(c => Holds(c, facts));
        }

        if (condition.Not is { } not)
        {
            return !Holds(not, facts);
        }

        return Compare(facts.Read(condition.Field!), condition.Op!, condition.Value!.Value);
    }

    /// <summary>A short readable form, e.g. <c>jurisdiction == "county"</c>.</summary>
    public static string Describe(Condition condition)
    {
        ArgumentNullException.ThrowIfNull(condition);
        if (condition.All is { } all)
        {
            return "(" + string.Join(" and ", all.Select(Describe)) + ")";
        }

        if (condition.Any is { } any)
        {
            return "(" + string.Join(" or ", any.Select(Describe)) + ")";
        }

        if (condition.Not is { } not)
        {
            return "not " + Describe(not);
        }

        var op = condition.Op switch
        {
            "eq" => "==",
            "ne" => "!=",
            "gt" => ">",
            "ge" => ">=",
            "lt" => "<",
            "le" => "<=",
            _ => condition.Op,
        };
        return $"{condition.Field} {op} {condition.Value?.GetRawText()}";
    }

    private static bool Compare(object? actual, string op, JsonElement expected)
    {
        if (op == "in")
        {
            return expected.ValueKind == JsonValueKind.Array && expected.EnumerateArray().Any(e => Equal(actual, e));
        }

        if (op is "eq" or "ne")
        {
            return Equal(actual, expected) == (op == "eq");
        }

        if (actual is not double number || expected.ValueKind != JsonValueKind.Number)
        {
            return false;
        }

        var other = expected.GetDouble();
        return op switch
        {
            "gt" => number > other,
            "ge" => number >= other,
            "lt" => number < other,
            "le" => number <= other,
            _ => false,
        };
    }

    private static bool Equal(object? actual, JsonElement expected) => expected.ValueKind switch
    {
        JsonValueKind.String => actual is string s && string.Equals(s, expected.GetString(), StringComparison.Ordinal),
        JsonValueKind.Number => actual is double d && d == expected.GetDouble(),
        JsonValueKind.True => actual is true,
        JsonValueKind.False => actual is false,
        JsonValueKind.Null => actual is null,
        _ => string.Equals(Convert.ToString(actual, CultureInfo.InvariantCulture), expected.GetRawText(), StringComparison.Ordinal),
    };
}
