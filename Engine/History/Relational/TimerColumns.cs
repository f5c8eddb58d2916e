using System.Data.Common;
using CaseFlow.Engine.Supervision;

namespace CaseFlow.Engine.History.Relational;

/// <summary>The <c>timers</c> table's column map: one row per case and timer kind, due at fixed-width UTC text, claimed with a lease.</summary>
internal static class TimerColumns
{
    /// <summary>The columns, in the order <see cref="Read"/> reads them.</summary>
    public const string List = "case_id, kind, due_at, set_at_version";

    /// <summary>Within an append: the case's timers become <paramref name="timers"/>, unclaimed; null leaves them as they are.</summary>
    public static IEnumerable<SqlStatement> Replace(Guid caseId, IReadOnlyList<CaseTimer>? timers, SqlDialect dialect)
    {
        if (timers is null)
        {
            yield break;
        }

        yield return new SqlStatement("DELETE FROM timers WHERE case_id = @case", ("@case", dialect.Id(caseId)));
        foreach (var timer in timers)
        {
            yield return new SqlStatement(
                $"INSERT INTO timers ({List}) VALUES (@case, @kind, @due, @version)",
                ("@case", dialect.Id(caseId)), ("@kind", timer.Kind), ("@due", StoreTime.Instant(timer.DueAt)), ("@version", timer.SetAtVersion));
        }
    }

    /// <summary>The timer on the reader's current row, selected as <see cref="List"/>.</summary>
    public static CaseTimer Read(DbDataReader reader, SqlDialect dialect) =>
        new(dialect.ReadId(reader, 0), reader.GetString(1), StoreTime.ParseInstant(reader.GetString(2)), reader.GetInt64(3));
}
