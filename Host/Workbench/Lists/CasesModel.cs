using CaseFlow.Engine.History;
using CaseFlow.Host.Configuration;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;

namespace CaseFlow.Host.Workbench.Lists;

/// <summary>The cases search (/workbench/cases): every case, latest update first, with the lists' filters, paged.</summary>
public sealed class CasesModel(ICaseStore store, TimeProvider time, IOptions<PagingOptions> paging, IStringLocalizer<ListsText> texts) : WorkbenchPage
{
    /// <summary>Where the search is.</summary>
    public const string Path = "/workbench/cases";

    private const string CursorList = "workbench-cases";

    /// <summary>The parameters the page takes beside its filters.</summary>
    public static IReadOnlyList<string> Parameters { get; } = ["limit", "cursor"];

    /// <summary>The filter form.</summary>
    public ListFilterForm? Form { get; private set; }

    /// <summary>What was wrong with the request, in the page's language.</summary>
    public List<string> Problems { get; } = [];

    /// <summary>The page of cases.</summary>
    public CaseTable? Table { get; private set; }

    /// <summary>Reads the page; a parameter it does not take is a 400.</summary>
    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        var query = Request.Query;
        var definition = Workbench.Definition;
        if (ListPaging.Unknown(query, [.. Parameters, .. ListFilter.Parameters]) is { Count: > 0 } unknown)
        {
            Problems.Add(texts["UnknownParameter", string.Join(", ", unknown), string.Join(", ", [.. Parameters, .. ListFilter.Parameters])]);
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }

        var filter = ListFilter.Read(query, definition);
        Form = new ListFilterForm(filter, Path, []);
        var (limit, limitRead) = ListPaging.Limit(query, paging.Value);
        if (!limitRead)
        {
            Problems.Add(texts["BadLimit", paging.Value.MaxLimit, limit]);
        }

        if (!ListCursor.TryRead(CursorList, query["cursor"], out var after))
        {
            Problems.Add(texts["BadCursor"]);
        }

        var now = time.GetUtcNow();
        var scan = new CaseScan(store);
        var total = await scan.CountAsync(s => filter.Matches(s, definition, now), cancellationToken);
        var (cases, more) = await scan.PageAsync(s => filter.Matches(s, definition, now), after, limit, cancellationToken);
        (string, string?)[] keep = [("limit", limitRead ? query["limit"].ToString() : null)];
        Table = new CaseTable(
            texts["CasesTitle"],
            cases,
            total,
            more ? filter.Link(Path, [.. keep, ("cursor", ListCursor.After(CursorList, cases[^1]))]) : null,
            after is null ? null : filter.Link(Path, keep));
        return Page();
    }
}
