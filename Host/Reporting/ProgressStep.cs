namespace CaseFlow.Host.Reporting;

/// <summary>One step of the reporter's progress list: a workflow of the definition's main line (受理, 分流交办 …) and when the case reached it.</summary>
/// <param name="Name">The workflow's name in the definition.</param>
/// <param name="ReachedAt">When the case last entered it; null when it has not (yet).</param>
/// <param name="Mark">Where the case stands against it.</param>
internal sealed record ProgressStep(string Name, DateTimeOffset? ReachedAt, ProgressMark Mark);

/// <summary>Where a case stands against a step of its progress list.</summary>
internal enum ProgressMark
{
    /// <summary>Reached and left behind (or reached last, by a case that has ended).</summary>
    Done,

    /// <summary>The step the case is at now.</summary>
    Current,

    /// <summary>Passed over (a case the county handled skips the township's handling) or never reached by a case that has ended.</summary>
    Skipped,

    /// <summary>Still to come.</summary>
    Ahead,
}
