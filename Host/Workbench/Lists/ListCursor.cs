using CaseFlow.Engine.Cases;
using CaseFlow.Engine.History;
using CaseFlow.Host.Http;

namespace CaseFlow.Host.Workbench.Lists;

/// <summary>Where the next page of a workbench list starts: the API's cursor (<see cref="Paging"/>) over the store's order of cases.</summary>
internal static class ListCursor
{
    /// <summary>The cursor standing after <paramref name="last"/> in <paramref name="list"/>.</summary>
    public static string After(string list, CaseState last) => Paging.Cursor(list, Paging.Instant(last.UpdatedAt), last.Id.ToString("D"));

    /// <summary>The position a cursor of <paramref name="list"/> names; false when it is not such a cursor.</summary>
    public static bool TryRead(string list, string? cursor, out CaseListPosition? after)
    {
        after = null;
        if (string.IsNullOrEmpty(cursor))
        {
            return true;
        }

        if (Paging.Parts(list, cursor) is [var updated, var caseId] && Paging.ParseInstant(updated) is { } at && Guid.TryParseExact(caseId, "D", out var id))
        {
            after = new CaseListPosition(at, id);
            return true;
        }

        return false;
    }
}
