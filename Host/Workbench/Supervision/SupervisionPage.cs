using CaseFlow.Engine.Definitions;
using CaseFlow.Engine.History;
using Microsoft.AspNetCore.Mvc.Filters;

namespace CaseFlow.Host.Workbench.Supervision;

/// <summary>
/// The base of the 督办 view and the big screen: open to the command room, the leaders and administrators, and refused (the
/// workbench's refusal page, 403) to everyone else before any case is read.
/// </summary>
public abstract class SupervisionPage(ICaseStore store, DefinitionRegistry definitions, TimeProvider time) : WorkbenchPage
{
    /// <summary>The board, once a handler has read it.</summary>
    public SupervisionBoard Board { get; private set; } = null!;

    /// <summary>True when the person may see the board: they work in the command room, are a leader, or administer the service.</summary>
    public static bool MaySee(WorkbenchContext workbench)
    {
        ArgumentNullException.ThrowIfNull(workbench);
        return workbench.InCommandRoom || workbench.IsLeader || workbench.IsAdministrator;
    }

    /// <inheritdoc />
    public override void OnPageHandlerExecuting(PageHandlerExecutingContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (!MaySee(Workbench))
        {
            context.Result = Forbid();
        }
    }

    /// <summary>Reads the board as the cases stand now.</summary>
    protected async Task ReadBoardAsync() =>
        Board = await new SupervisionBoardReader(store, definitions, time).ReadAsync(HttpContext.RequestAborted);
}
