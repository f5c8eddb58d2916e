namespace CaseFlow.Workflows.Model;

/// <summary>
/// How the township assesses its cases (督查考核): how soon a closed case must be called back (回访), and the weights of the
/// indicators in the annual territorial assessment (属地考评) of the dispatched agencies (派驻机构).
/// </summary>
public sealed record AssessmentPolicy
{
    /// <summary>How soon after closing, in working time, the command room must call the case back; later, the case is flagged.</summary>
    public Deadline? CallbackWithin { get; init; }

    /// <summary>
    /// How much earlier than the service records a callback its caller may state the call was made (<c>calledAt</c>), in working time;
    /// an earlier stated time is refused. A callback is always timed when it is recorded; null: any stated time since closing is kept.
    /// </summary>
    public Deadline? CallbackStatedWithin { get; init; }

    /// <summary>The indicators the territorial assessment scores dispatched agencies on, with their weights (summing to 100).</summary>
    public IReadOnlyList<IndicatorWeight> TerritorialWeights { get; init; } = [];
}
