using CaseFlow.Engine.Cases;
using CaseFlow.Engine.History;

namespace CaseFlow.Host.Workbench.Lists;

/// <summary>The home page (/workbench): for each position the person holds, its work lists and how many cases each holds now.</summary>
public sealed class HomeModel(ICaseStore store, TimeProvider time) : WorkbenchPage
{
    /// <summary>The positions that work lists, each with its lists and their sizes.</summary>
    public IReadOnlyList<(Position Position, IReadOnlyList<(WorkList List, int Count)> Lists)> Lists { get; private set; } = [];

    /// <summary>Counts every list of every held position in one pass over the cases.</summary>
    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var tally = new WorkListTally(Workbench.Positions, Workbench.Definition, time.GetUtcNow());
        await foreach (var state in new CaseScan(store).AllAsync(null, cancellationToken))
        {
            tally.Add(state);
        }

        Lists = tally.Result();
    }

    /// <summary>The link to one of a position's lists.</summary>
    public static string Link(Position position, WorkList list)
    {
        ArgumentNullException.ThrowIfNull(position);
        ArgumentNullException.ThrowIfNull(list);
        return new ListFilter().Link(ListModel.Path, ("as", position.ToString()), ("list", list.Id));
    }
}
