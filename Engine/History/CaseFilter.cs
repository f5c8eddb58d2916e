using CaseFlow.Engine.Cases;

namespace CaseFlow.Engine.History;

/// <summary>
/// Which cases a list holds: every condition given must hold (a null or empty one is no condition). The values are ids as the
/// definition names them; the store compares them as given and does not check them against a definition (the caller does).
/// </summary>
public sealed record CaseFilter
{
    /// <summary>No condition: every case.</summary>
    public static CaseFilter None { get; } = new();

    /// <summary>Only the case with this number (工单编号, see <see cref="CaseNumbers"/>), compared exactly as written.</summary>
    public string? Number { get; init; }

    /// <summary>Only cases in this workflow (receive, dispatch, handle …).</summary>
    public string? Workflow { get; init; }

    /// <summary>
    /// Only cases at one of these: each a bare state id (<c>Returned</c>: that state in any workflow) or a position written
    /// <c>workflow.State</c> (<c>handle.Returned</c>). A work list such as 待签收 is a set of states; empty is no condition.
    /// </summary>
    public IReadOnlyList<string> States { get; init; } = [];

    /// <summary>Only cases dispatched to this platform.</summary>
    public string? Platform { get; init; }

    /// <summary>Only cases this office handles: as the lead office (主办) or as one of the co-handlers (协办), reported or not.</summary>
    public string? Office { get; init; }

    /// <summary>Only cases in this supervision state (the state id in the workflow that runs beside handling: Warned, Overdue …).</summary>
    public string? Supervision { get; init; }

    /// <summary>
    /// True: only cases overdue at <see cref="Now"/> (see <see cref="OverdueFrom"/>); false: only cases that are not. Needs
    /// <see cref="Now"/>.
    /// </summary>
    public bool? Overdue { get; init; }

    /// <summary>The instant <see cref="Overdue"/> is judged at.</summary>
    public DateTimeOffset? Now { get; init; }

    /// <summary>Only cases standing so with the county 12345 system (see <see cref="CountyStatuses"/>).</summary>
    public string? CountyStatus { get; init; }

    /// <summary>Only cases in this village.</summary>
    public string? Village { get; init; }

    /// <summary>Only cases in this grid.</summary>
    public string? Grid { get; init; }

    /// <summary>Only cases submitted at or after this instant.</summary>
    public DateTimeOffset? SubmittedFrom { get; init; }

    /// <summary>Only cases submitted before this instant (the period is half-open: [from, to)).</summary>
    public DateTimeOffset? SubmittedTo { get; init; }

    /// <summary>True: only cases that have ended (closed, invalid, duplicate); false: only open ones.</summary>
    public bool? Final { get; init; }

    /// <summary>
    /// The instant from which a case counts as overdue, or null when it cannot be: the earlier of its sign-for deadline (while it
    /// awaits sign-for) and its handling deadline (while it is handled under supervision); never for a case that has ended. A deadline
    /// counts as passed at the instant it falls, as the supervision timers fire at it.
    /// </summary>
    public static DateTimeOffset? OverdueFrom(CaseState state)
    {
        ArgumentNullException.ThrowIfNull(state);
        if (state.IsFinal)
        {
            return null;
        }

        // The handling deadline outlives handling (a completed case keeps it): it counts only while supervision runs, as it does for the timers.
        var handling = state.Supervision is null ? null : state.HandlingDeadline;
        return (state.SignForDeadline, handling) switch
        {
            ({ } signFor, { } handle) => signFor <= handle ? signFor : handle,
            ({ } signFor, null) => signFor,
            (null, var handle) => handle,
        };
    }

    /// <summary>Throws when the filter cannot be applied as given: <see cref="Overdue"/> without <see cref="Now"/>, or a blank state.</summary>
    internal void EnsureApplicable()
    {
        if (Overdue is not null && Now is null)
        {
            throw new ArgumentException("a filter on Overdue needs Now, the instant it is judged at", nameof(Now));
        }

        if (States.Any(string.IsNullOrWhiteSpace))
        {
            throw new ArgumentException("a state in States is blank; give a state id or a workflow.State position", nameof(States));
        }
    }
}
