namespace CaseFlow.Host.Workbench.Cases;

/// <summary>Why a workbench form names no position the person may act in (<see cref="Acting.Resolve"/> found none), and the status to answer.</summary>
public static class NotActing
{
    /// <summary>400 when the person holds several positions and the form chose none; 403 when it names one they do not hold.</summary>
    public static (int Status, string Message) Of(WorkbenchContext workbench, string? actingAs)
    {
        ArgumentNullException.ThrowIfNull(workbench);
        var held = workbench.Positions.Count == 0 ? "no position of the organisation" : string.Join(", ", workbench.Positions);
        if (string.IsNullOrWhiteSpace(actingAs))
        {
            return workbench.Positions.Count == 0
                ? (StatusCodes.Status403Forbidden, $"you hold {held}, so you cannot act on cases")
                : (StatusCodes.Status400BadRequest, $"you hold several positions ({held}); choose the one you act in");
        }

        var named = actingAs.Length <= 64 ? actingAs : actingAs[..64] + "…";
        return (StatusCodes.Status403Forbidden, $"you do not hold the position '{named}'; you hold {held}");
    }
}
