using CaseFlow.Engine.Cases;

namespace CaseFlow.Engine.History;

/// <summary>The case snapshots as lists: work lists, searches and counts, filtered in the store's own query.</summary>
public interface ICaseQueries
{
    /// <summary>Snapshots of cases, newest first, optionally only those in one workflow.</summary>
    Task<IReadOnlyList<CaseState>> ListAsync(string? workflow = null, int limit = 1000, CancellationToken cancellationToken = default);

    /// <summary>
    /// One page of the case snapshots <paramref name="filter"/> lets through, newest update first (ties by case id, descending): at
    /// most <paramref name="limit"/> of those after <paramref name="after"/> (from the newest when null). The filter is applied in the
    /// store's query, so a page is full whenever that many cases match.
    /// </summary>
    Task<IReadOnlyList<CaseState>> ListPageAsync(CaseFilter filter, CaseListPosition? after, int limit, CancellationToken cancellationToken = default);

    /// <summary>How many cases <paramref name="filter"/> lets through: the size of a work list, counted in the store's query.</summary>
    Task<long> CountAsync(CaseFilter filter, CancellationToken cancellationToken = default);
}
