using System.Data.Common;
using System.Runtime.CompilerServices;
using CaseFlow.Engine.History.Relational;
using Text = CaseFlow.Engine.History.StoredRows.Text;

namespace CaseFlow.Engine.History;

public abstract partial class RelationalCaseStore
{
    /// <summary>Rows per batch of <see cref="ReadStoredRowsAsync(Guid?, Guid?, CancellationToken)"/>.</summary>
    private protected const int StoredRowsPerBatch = 256;

    /// <summary>
    /// The hashed columns of the events of the cases from <paramref name="from"/> (inclusive; the first case when null) up to
    /// <paramref name="until"/> (exclusive; the last when null) in the order of <see cref="ReadAllAsync"/>, streamed in batches on a
    /// connection of their own: several ranges can be read at once, each without decoding payloads. The bounds are case ids as the
    /// store orders them (taken from <see cref="ListHeadsAsync"/>). Every batch is the same <see cref="StoredRows"/>, refilled: read
    /// it before asking for the next.
    /// </summary>
    public IAsyncEnumerable<StoredRows> ReadStoredRowsAsync(Guid? from, Guid? until, CancellationToken cancellationToken = default)
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
        return ReadStoredRowsAsync(new SqlStatement($"SELECT {EventColumns.List} FROM events{where} ORDER BY case_id, sequence", [.. parameters]), cancellationToken);
    }

    /// <summary>The rows the query selects (as <see cref="EventColumns.List"/>), in batches; through the provider's reader, each text encoded as UTF-8.</summary>
    private protected virtual async IAsyncEnumerable<StoredRows> ReadStoredRowsAsync(SqlStatement query, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await using var connection = await OpenConnectionAsync(cancellationToken);
        await using var command = query.Command(connection, null, Dialect);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var rows = new StoredRows(StoredRowsPerBatch);
        while (await reader.ReadAsync(cancellationToken))
        {
            rows.Start(Dialect.ReadId(reader, 0), reader.GetInt64(1), reader.GetInt32(9));
            Add(rows, reader, Text.Trigger, 2);
            Add(rows, reader, Text.From, 3);
            Add(rows, reader, Text.Reached, 4);
            Add(rows, reader, Text.To, 5);
            Add(rows, reader, Text.Supervision, 6);
            Add(rows, reader, Text.Actor, 7);
            Add(rows, reader, Text.At, 8);
            Add(rows, reader, Text.Payload, 10);
            Add(rows, reader, Text.Effects, 11);
            Add(rows, reader, Text.ActorKind, 12);
            Add(rows, reader, Text.PreviousHash, 13);
            Add(rows, reader, Text.Hash, 14);
            Add(rows, reader, Text.Identity, 15);
            if (rows.Count == StoredRowsPerBatch)
            {
                yield return rows;
                rows.Clear();
            }
        }

        if (rows.Count > 0)
        {
            yield return rows;
        }

        static void Add(StoredRows rows, DbDataReader reader, Text column, int ordinal) =>
            rows.Add(column, reader.IsDBNull(ordinal) ? null : reader.GetString(ordinal));
    }
}
