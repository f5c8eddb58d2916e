using System.Runtime.CompilerServices;
using CaseFlow.Engine.Assessment;
using CaseFlow.Engine.History.Relational;

namespace CaseFlow.Engine.History;

/// <summary>The assessment's projection (<see cref="IAssessmentProjection"/>): read beside the case rows, rebuilt from the histories.</summary>
public abstract partial class RelationalCaseStore : IAssessmentProjection
{
    private const int RebuiltPerTransaction = 1_000;
    private const int ProjectedPerChunk = 4_096;

    /// <summary>
    /// How many cases the store keeps parsed between readings of the projection (<c>CaseFlow:Engine:AssessmentCacheSize</c> in the
    /// service; by default 100,000); 0 parses every case at every reading.
    /// </summary>
    public int ProjectedCacheCapacity
    {
        get => _projected.Capacity;
        init => _projected = new ProjectedCases(value);
    }

    /// <summary>The parsed cases kept between readings of the projection; its counters are for tests.</summary>
    internal ProjectedCases Projected => _projected;

    /// <inheritdoc />
    /// <remarks>
    /// The rows are read in chunks, and each chunk's JSON is parsed on the other cores while the next is read: parsing, not the
    /// query, is most of the cost of reading every case. What was parsed is kept (<see cref="ProjectedCacheCapacity"/>), so the next
    /// reading parses only the cases that changed since, and does not even read their snapshots from the rows.
    /// </remarks>
    public async IAsyncEnumerable<ProjectedCase> ReadProjectedAsync([EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenConnectionAsync(cancellationToken);
        await using var command = new SqlStatement(AssessmentColumns.ReadAll).Command(connection, null, Dialect);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        Task<ProjectedCase[]> parsing = Task.FromResult<ProjectedCase[]>([]);
        var found = new HashSet<Guid>();
        while (true)
        {
            var rows = new List<AssessmentColumns.Row>(ProjectedPerChunk);
            while (rows.Count < ProjectedPerChunk && await reader.ReadAsync(cancellationToken))
            {
                var row = AssessmentColumns.ReadRow(reader, Dialect, _projected);
                found.Add(row.Id);
                rows.Add(row);
            }

            foreach (var parsed in await parsing)
            {
                yield return parsed;
            }

            if (rows.Count == 0)
            {
                _projected.KeepOnly(found);
                yield break;
            }

            parsing = Task.Run(() => AssessmentColumns.Parse(rows, _projected), cancellationToken);
        }
    }

    /// <inheritdoc />
    public async Task<int> RebuildAssessmentAsync(bool everyCase = false, CancellationToken cancellationToken = default)
    {
        var ids = await ReadListAsync(everyCase ? AssessmentColumns.All() : AssessmentColumns.Stale(), (reader, dialect) => dialect.ReadId(reader, 0), cancellationToken);
        if (ids.Count == 0)
        {
            return 0;
        }

        var written = 0;
        var batch = new List<(Guid CaseId, AssessmentFacts Facts)>(RebuiltPerTransaction);
        await foreach (var history in CaseHistories.ReadAsync(ReadAsync, ReadAllAsync, everyCase ? null : ids, cancellationToken))
        {
            batch.Add((history[0].CaseId, AssessmentFacts.None.Then(history)));
            written++;
            if (batch.Count == RebuiltPerTransaction)
            {
                await WriteProjectionsAsync(batch, cancellationToken);
                batch.Clear();
            }
        }

        await WriteProjectionsAsync(batch, cancellationToken);
        return written;
    }

    private async Task WriteProjectionsAsync(List<(Guid CaseId, AssessmentFacts Facts)> rows, CancellationToken cancellationToken)
    {
        if (rows.Count == 0)
        {
            return;
        }

        await using var connection = await OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        await SqlStatement.ExecuteAsync(connection, transaction, Dialect, [.. rows.Select(r => AssessmentColumns.Write(r.CaseId, r.Facts, Dialect))], cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }
}
