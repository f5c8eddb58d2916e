using CaseFlow.Engine.Cases;

namespace CaseFlow.Host.Workbench.Cases;

/// <summary>The status a workbench page answers an engine refusal with: the API's (<c>Problems.From</c>), so a forged post learns the same.</summary>
public static class RefusalStatus
{
    /// <summary>404 no case, 403 not this person's to send, 400 data missing or wrong, 409 not in the case's state.</summary>
    public static int Of(CommandOutcome outcome)
    {
        ArgumentNullException.ThrowIfNull(outcome);
        return outcome.Status switch
        {
            CommandStatus.NotFound => StatusCodes.Status404NotFound,
            CommandStatus.Forbidden => StatusCodes.Status403Forbidden,
            _ when outcome.Decision?.Problems.Count > 0 => StatusCodes.Status400BadRequest,
            _ => StatusCodes.Status409Conflict,
        };
    }
}
