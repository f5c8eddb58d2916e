namespace CaseFlow.Engine.History;

/// <summary>
/// A <see cref="CaseFilter"/> as the conditions of a query on the <c>cases</c> table, once for both stores: each store says how it
/// reads a field of the snapshot, tests a co-handler, writes a parameter and an instant. Instants are compared as the fixed-width
/// UTC text the case row keeps (<c>submitted_at</c>, <c>overdue_from</c>), so text order is time order, to the tick.
/// </summary>
internal abstract class CaseFilterSql
{
    /// <summary>The conditions (joined by AND; <c>1 = 1</c> when there are none) and their parameters' values, in placeholder order.</summary>
    public (string Where, List<object> Values) Where(CaseFilter filter)
    {
        ArgumentNullException.ThrowIfNull(filter);
        filter.EnsureApplicable();
        var values = new List<object>();
        var conditions = new List<string>();
        string Parameter(object value)
        {
            values.Add(value);
            return Placeholder(values.Count - 1);
        }

        if (filter.Workflow is { } workflow)
        {
            conditions.Add($"workflow = {Parameter(workflow)}");
        }

        if (filter.States.Count > 0)
        {
            conditions.Add("(" + string.Join(" OR ", filter.States.Distinct(StringComparer.Ordinal).Select(s => s.IndexOf('.', StringComparison.Ordinal) is var dot and > 0
                ? $"(workflow = {Parameter(s[..dot])} AND state = {Parameter(s[(dot + 1)..])})"
                : $"state = {Parameter(s)}")) + ")");
        }

        AddField(conditions, "platform", filter.Platform, Parameter);
        if (filter.Office is { } office)
        {
            var p = Parameter(office);
            conditions.Add($"({Field("leadOffice")} = {p} OR {CoHandledBy(p)})");
        }

        AddField(conditions, "supervision", filter.Supervision, Parameter);
        AddField(conditions, "countyStatus", filter.CountyStatus, Parameter);
        AddField(conditions, "village", filter.Village, Parameter);
        AddField(conditions, "grid", filter.Grid, Parameter);
        if (filter.Overdue is { } overdue)
        {
            var now = Parameter(Instant(filter.Now!.Value));
            conditions.Add(overdue ? $"overdue_from <= {now}" : $"(overdue_from IS NULL OR overdue_from > {now})");
        }

        if (filter.SubmittedFrom is { } from)
        {
            conditions.Add($"submitted_at >= {Parameter(Instant(from))}");
        }

        if (filter.SubmittedTo is { } to)
        {
            conditions.Add($"submitted_at < {Parameter(Instant(to))}");
        }

        if (filter.Final is { } final)
        {
            conditions.Add(final ? IsFinal : $"NOT {IsFinal}");
        }

        return (conditions.Count == 0 ? "1 = 1" : string.Join(" AND ", conditions), values);
    }

    /// <summary>A text field of the snapshot (its JSON name), as an expression; null when the snapshot does not hold it.</summary>
    protected abstract string Field(string name);

    /// <summary>True when the snapshot's <c>isFinal</c> is true.</summary>
    protected abstract string IsFinal { get; }

    /// <summary>True when one of the snapshot's co-handlers is the office in <paramref name="parameter"/>.</summary>
    protected abstract string CoHandledBy(string parameter);

    /// <summary>The placeholder of the parameter at <paramref name="index"/> (from 0) of the values.</summary>
    protected abstract string Placeholder(int index);

    /// <summary>An instant as the case row stores it.</summary>
    protected abstract string Instant(DateTimeOffset instant);

    private void AddField(List<string> conditions, string field, string? value, Func<object, string> parameter)
    {
        if (value is not null)
        {
            conditions.Add($"{Field(field)} = {parameter(value)}");
        }
    }
}
