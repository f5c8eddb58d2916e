using System.Runtime.CompilerServices;
using CaseFlow.Engine.History.Relational;

namespace CaseFlow.Engine.History;

public abstract partial class RelationalCaseStore
{
    /// <summary>
    /// The hashed columns of the events of the cases from <paramref name="from"/> (inclusive; the first case when null) up to
    /// <paramref name="until"/> (exclusive; the last when null) in the order of <see cref="ReadAllAsync"/>, streamed on a connection of
    /// their own: several ranges can be read at once, each without decoding payloads. The bounds are case ids as the store orders them
    /// (taken from <see cref="ListHeadsAsync"/>).
    /// </summary>
    public async IAsyncEnumerable<HashedRow> ReadHashedRowsAsync(Guid? from, Guid? until, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        // Each bound only when given, so that the primary key's index gives the range and the order.
        var bounds = new List<string>();
        var parameters = new List<(string, object?)>();
        if (from is { } first)
        {
            bounds.Add("case_id >= @from");
            parameters.Add(("@from", Dialect.Id(first)));
        }

        if (until is { } last)
        {
            bounds.Add("case_id < @until");
            parameters.Add(("@until", Dialect.Id(last)));
        }

        var where = bounds.Count == 0 ? "" : " WHERE " + string.Join(" AND ", bounds);
        var statement = new SqlStatement($"SELECT {EventColumns.List} FROM events{where} ORDER BY case_id, sequence", [.. parameters]);
        await using var connection = await OpenConnectionAsync(cancellationToken);
        await using var command = statement.Command(connection, null, Dialect);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            yield return EventColumns.ReadHashed(reader, Dialect);
        }
    }
}
