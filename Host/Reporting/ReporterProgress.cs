namespace CaseFlow.Host.Reporting;

/// <summary>
/// The reporter's progress list, read from the definition rather than from any state's name: one step per workflow of the main line
/// (every workflow but those running beside another, such as supervision), in the order the definition lists them, each dated by the
/// case's last entry into it.
/// </summary>
internal static class ReporterProgress
{
    /// <summary>The steps of the case's progress.</summary>
    public static IReadOnlyList<ProgressStep> Of(ReporterCase shown)
    {
        ArgumentNullException.ThrowIfNull(shown);
        var line = shown.Definition.Definition.Workflows.Where(w => w.RunsBeside is null).ToList();
        var current = line.FindIndex(w => w.Id == shown.State.Workflow);
        return [.. line.Select((workflow, i) =>
        {
            var reached = i <= current
                ? shown.History.LastOrDefault(e => WorkflowOf(e.To) == workflow.Id && WorkflowOf(e.From) != workflow.Id)?.At
                : null;
            var mark = i == current ? (shown.State.IsFinal ? ProgressMark.Done : ProgressMark.Current)
                : i < current ? (reached is null ? ProgressMark.Skipped : ProgressMark.Done)
                : shown.State.IsFinal ? ProgressMark.Skipped
                : ProgressMark.Ahead;
            return new ProgressStep(workflow.Name, reached, mark);
        })];
    }

    /// <summary>The workflow of a position (<c>workflow.State</c>); empty for none (the submission's starting point).</summary>
    private static string WorkflowOf(string position)
    {
        var dot = position.IndexOf('.', StringComparison.Ordinal);
        return dot > 0 ? position[..dot] : "";
    }
}
