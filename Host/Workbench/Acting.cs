using CaseFlow.Engine.Cases;

namespace CaseFlow.Host.Workbench;

/// <summary>
/// The position a person acts in from a workbench form: one they hold in the current organisation, named by the form's
/// <c>actingAs</c> (written <c>kind:id</c>, or the bare id), or the only one they hold when the form names none. Never a position
/// the form grants: the engine then decides, by the definition, whether that position may do what is asked.
/// </summary>
public static class Acting
{
    /// <summary>The form field naming the position.</summary>
    public const string Field = "actingAs";

    /// <summary>The held position the form names, or null when it names one not held (or names none while several are held).</summary>
    public static Position? Resolve(WorkbenchContext workbench, string? actingAs)
    {
        ArgumentNullException.ThrowIfNull(workbench);
        var held = workbench.Positions;
        if (string.IsNullOrWhiteSpace(actingAs))
        {
            return held.Count == 1 ? held[0] : null;
        }

        return held.FirstOrDefault(p => p.ToString() == actingAs || p.Id == actingAs);
    }
}
