namespace CaseFlow.Engine.History.Relational;

/// <summary>
/// A <see cref="CaseFilter"/> as the conditions of a query on the <c>cases</c> table, once for both databases: the dialect says how a
/// field of the snapshot is read and a co-handler tested. Instants are compared as the fixed-width UTC text the case row keeps
/// (<c>submitted_at</c>, <c>overdue_from</c>), so text order is time order, to the tick.
/// </summary>
internal static class CaseFilterSql
{
    /// <summary>The conditions (joined by AND; <c>1 = 1</c> when there are none) and their parameters (<c>@f0</c>, <c>@f1</c> …).</summary>
    public static (string Where, (string Name, object? Value)[] Parameters) Where(CaseFilter filter, SqlDialect dialect)
    {
        ArgumentNullException.ThrowIfNull(filter);
        filter.EnsureApplicable();
        var parameters = new List<(string Name, object? Value)>();
        var conditions = new List<string>();
        string Parameter(string value)
        {
            var name = $"@f{parameters.Count}";
            parameters.Add((name, value));
            return name;
        }

        void Field(string field, string? value)
        {
            if (value is not null)
            {
                conditions.Add($"{dialect.SnapshotField(field)} = {Parameter(value)}");
            }
        }

        Field("number", filter.Number);
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

        Field("platform", filter.Platform);
        if (filter.Office is { } office)
        {
            var p = Parameter(office);
            conditions.Add($"({dialect.SnapshotField("leadOffice")} = {p} OR {dialect.SnapshotCoHandledBy(p)})");
        }

        Field("supervision", filter.Supervision);
        Field("countyStatus", filter.CountyStatus);
        Field("village", filter.Village);
        Field("grid", filter.Grid);
        if (filter.Overdue is { } overdue)
        {
            var now = Parameter(StoreTime.Instant(filter.Now!.Value));
            conditions.Add(overdue ? $"overdue_from <= {now}" : $"(overdue_from IS NULL OR overdue_from > {now})");
        }

        if (filter.SubmittedFrom is { } from)
        {
            conditions.Add($"submitted_at >= {Parameter(StoreTime.Instant(from))}");
        }

        if (filter.SubmittedTo is { } to)
        {
            conditions.Add($"submitted_at < {Parameter(StoreTime.Instant(to))}");
        }

        if (filter.Final is { } final)
        {
            conditions.Add(final ? dialect.SnapshotIsFinal : $"NOT {dialect.SnapshotIsFinal}");
        }

        return (conditions.Count == 0 ? "1 = 1" : string.Join(" AND ", conditions), [.. parameters]);
    }
}
