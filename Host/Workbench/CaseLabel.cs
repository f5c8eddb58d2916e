using CaseFlow.Engine.Cases;

namespace CaseFlow.Host.Workbench;

/// <summary>How the workbench names a case in a line of a list or board: its case number, else (a case received before numbers were given) the start of its id.</summary>
public static class CaseLabel
{
    /// <summary>The case number, or <c>#</c> and the first eight characters of the id.</summary>
    public static string Of(CaseState state)
    {
        ArgumentNullException.ThrowIfNull(state);
        return state.Number ?? "#" + state.Id.ToString("N")[..8];
    }
}
