using CaseFlow.Engine.Cases;
using CaseFlow.Engine.History;
using CaseFlow.Host.Configuration;
using CaseFlow.Host.Workbench.Text;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;

namespace CaseFlow.Host.Workbench.Lists;

/// <summary>
/// One work list of one held position (/workbench/lists?as=…&amp;list=…), filtered and paged: the cases <see cref="WorkLists"/> puts
/// on it now, latest update first, with their deadlines in working time.
/// </summary>
public sealed class ListModel(ICaseStore store, TimeProvider time, IOptions<PagingOptions> paging, IStringLocalizer<ListsText> texts, IStringLocalizer<TriggerText> triggers) : WorkbenchPage
{
    /// <summary>Where the lists are.</summary>
    public const string Path = "/workbench/lists";

    /// <summary>The parameters the page takes beside its filters.</summary>
    public static IReadOnlyList<string> Parameters { get; } = ["as", "list", "limit", "cursor"];

    /// <summary>The position whose list it is.</summary>
    public Position? Position { get; private set; }

    /// <summary>The list.</summary>
    public WorkList? List { get; private set; }

    /// <summary>The list's name.</summary>
    public string Title { get; private set; } = "";

    /// <summary>The filters as read.</summary>
    public ListFilter Filter { get; private set; } = new();

    /// <summary>What was wrong with the request, in the page's language.</summary>
    public List<string> Problems { get; } = [];

    /// <summary>The filter form, once the list could be read.</summary>
    public ListFilterForm? Form { get; private set; }

    /// <summary>The page of cases, once the list could be read.</summary>
    public CaseTable? Table { get; private set; }

    /// <summary>Reads the list; a parameter it does not take is a 400, a position not held a 403, a list the definition does not declare a 404.</summary>
    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        var query = Request.Query;
        var definition = Workbench.Definition;
        if (ListPaging.Unknown(query, [.. Parameters, .. ListFilter.Parameters]) is { Count: > 0 } unknown)
        {
            Problems.Add(texts["UnknownParameter", string.Join(", ", unknown), string.Join(", ", [.. Parameters, .. ListFilter.Parameters])]);
            return Status(StatusCodes.Status400BadRequest);
        }

        var written = query["as"].ToString();
        Position = Acting.Resolve(Workbench, written);
        if (Position is null || !WorkLists.Works(Position))
        {
            Problems.Add(texts["NotHeld", written]);
            return Status(StatusCodes.Status403Forbidden);
        }

        List = WorkList.Parse(query["list"].ToString());
        if (List is null || !WorkLists.Declares(List, definition))
        {
            Problems.Add(texts["UnknownList", query["list"].ToString()]);
            return Status(StatusCodes.Status404NotFound);
        }

        Title = texts["ListTitle", CaseTable.ListName(List, Workbench.Names, triggers, texts), Workbench.Names.Actor(Position.Id)];
        Filter = ListFilter.Read(query, definition);
        Form = new ListFilterForm(Filter, Path, [("as", Position.ToString()), ("list", List.Id)]);
        var (limit, limitRead) = ListPaging.Limit(query, paging.Value);
        if (!limitRead)
        {
            Problems.Add(texts["BadLimit", paging.Value.MaxLimit, limit]);
        }

        var cursorList = $"workbench-list:{Position}:{List.Id}";
        if (!ListCursor.TryRead(cursorList, query["cursor"], out var after))
        {
            Problems.Add(texts["BadCursor"]);
        }

        var now = time.GetUtcNow();
        var position = Position;
        var list = List;
        bool Include(CaseState state) => Filter.Matches(state, definition, now) && WorkLists.Of(state, position, definition, now).Contains(list);
        var scan = new CaseScan(store);
        var total = await scan.CountAsync(Include, cancellationToken);
        var (cases, more) = await scan.PageAsync(Include, after, limit, cancellationToken);
        (string, string?)[] keep = [("as", Position.ToString()), ("list", List.Id), ("limit", limitRead ? query["limit"].ToString() : null)];
        Table = new CaseTable(
            Title,
            cases,
            total,
            more ? Filter.Link(Path, [.. keep, ("cursor", ListCursor.After(cursorList, cases[^1]))]) : null,
            after is null ? null : Filter.Link(Path, keep));
        return Page();
    }

    private PageResult Status(int status)
    {
        Response.StatusCode = status;
        return Page();
    }
}
