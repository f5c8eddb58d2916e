using System.Globalization;
using CaseFlow.Host.Configuration;

namespace CaseFlow.Host.Workbench.Lists;

/// <summary>
/// How a workbench list reads its page size (<c>limit</c>): a screenful unless asked, never more than the API's configured maximum
/// (<see cref="PagingOptions.MaxLimit"/>); and the parameters a list page takes beside its filters.
/// </summary>
public static class ListPaging
{
    /// <summary>The cases a page shows when no limit is asked for.</summary>
    public const int Screenful = 25;

    /// <summary>The page size asked for, or the screenful with false when what was asked cannot be read or is out of bounds.</summary>
    public static (int Limit, bool Valid) Limit(IQueryCollection query, PagingOptions options)
    {
        ArgumentNullException.ThrowIfNull(query);
        ArgumentNullException.ThrowIfNull(options);
        var screenful = Math.Min(Screenful, options.MaxLimit);
        if (query["limit"] is not { Count: > 0 } given || string.IsNullOrEmpty(given[0]))
        {
            return (screenful, true);
        }

        return given.Count == 1 && int.TryParse(given[0], NumberStyles.None, CultureInfo.InvariantCulture, out var limit) && limit >= 1 && limit <= options.MaxLimit
            ? (limit, true)
            : (screenful, false);
    }

    /// <summary>The parameters of <paramref name="query"/> outside <paramref name="taken"/>, as given (cut short when long).</summary>
    public static IReadOnlyList<string> Unknown(IQueryCollection query, IEnumerable<string> taken)
    {
        ArgumentNullException.ThrowIfNull(query);
        var known = taken.ToHashSet(StringComparer.Ordinal);
        return query.Keys.Where(k => !known.Contains(k)).Select(k => k.Length <= 64 ? k : k[..64] + "…").ToList();
    }
}
