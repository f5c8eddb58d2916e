using System.Globalization;
using CaseFlow.Engine.History.Relational;

namespace CaseFlow.Engine.History;

/// <summary>
/// The case numbers' counters in the same database as the cases: the <c>case_numbers</c> table (migration 10), one row per township
/// code and day holding the day's last sequence, raised by one upsert that returns the new value — atomic on its own, so instances
/// taking numbers at once each get their own without a lock or a transaction of their own.
/// </summary>
public abstract partial class RelationalCaseStore : ICaseNumberStore
{
    /// <inheritdoc />
    public async Task<long> NextCaseNumberAsync(string code, DateOnly day, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(code);
        var next = await ScalarAsync(new SqlStatement("""
            INSERT INTO case_numbers (code, day, last) VALUES (@code, @day, 1)
            ON CONFLICT (code, day) DO UPDATE SET last = case_numbers.last + 1
            RETURNING last
            """, ("@code", code), ("@day", day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture))), cancellationToken);
        return Count(next);
    }
}
