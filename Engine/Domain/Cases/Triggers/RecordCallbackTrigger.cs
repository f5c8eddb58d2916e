using CaseFlow.Workflows.Compilation;

namespace CaseFlow.Engine.Cases;

/// <summary>The callback survey (回访) of a closed case.</summary>
/// <param name="CalledAt">
/// On a command, when the caller says the call was made (moved to <paramref name="StatedCalledAt"/> when decided); on an event
/// recorded before the service timed callbacks, the call's time as then taken from its caller.
/// </param>
/// <param name="Reached">Whether the call reached the reporter.</param>
/// <param name="Rating">The reporter's rating, when reached.</param>
/// <param name="StatedCalledAt">When the caller says the call was made, as recorded beside the event's own time.</param>
public sealed record RecordCallbackData(DateTimeOffset? CalledAt, bool? Reached, string? Rating, DateTimeOffset? StatedCalledAt = null)
{
    /// <summary>When the call counts as made: the service's time of the event, or for an earlier engine's event the time it recorded.</summary>
    public DateTimeOffset CountedAt(CaseEvent e)
    {
        ArgumentNullException.ThrowIfNull(e);
        return CalledAt ?? e.At;
    }
}

/// <summary>
/// The township records a callback call: whether it reached the reporter, and a rating only when reached. Under a definition that
/// declares how much earlier a call may be stated (<c>assessment.callbackStatedWithin</c>) the call is timed by the service when it is
/// recorded and a time the caller states is kept beside it; under a version published before, the caller's <c>calledAt</c> is the
/// call's time and required, as it was then, so that those cases and their histories stay as they were. The callback.recorded effect
/// records the call on the case; how early a stated time may be is the policy's (<see cref="Assessment.CallbackRules"/>).
/// </summary>
internal sealed class RecordCallbackTrigger : CaseTrigger<RecordCallbackData>
{
    public override string Name => Triggers.RecordCallback;

    public override IReadOnlyList<string> Fields => ["rating", "calledAt", "reached", "statedCalledAt"];

    public override RecordCallbackData Read(CasePayload payload) => new(payload.CalledAt, payload.Reached, payload.Rating, payload.StatedCalledAt);

    public override CasePayload Write(RecordCallbackData data, CasePayload payload) =>
        payload with { CalledAt = data.CalledAt, Reached = data.Reached, Rating = data.Rating, StatedCalledAt = data.StatedCalledAt };

    protected override RecordCallbackData Check(CaseState state, RecordCallbackData data, CaseCommand command, CompiledDefinition definition, List<FieldProblem> problems)
    {
        if (data.Reached is null)
        {
            problems.Add(new("reached", "reached is required: whether the call reached the reporter (true or false)"));
        }

        if (data.Rating is { } rating && !Vocabulary.Ratings.Contains(rating))
        {
            problems.Add(new("rating", $"'{rating}' is not a rating; use one of: {Vocabulary.List(Vocabulary.Ratings)}, or omit it"));
        }

        if (data.Reached == false && data.Rating is not null)
        {
            problems.Add(new("rating", "a call that did not reach the reporter cannot carry the reporter's rating; omit it"));
        }

        if (!TimedByTheService(definition))
        {
            if (data.CalledAt is null)
            {
                problems.Add(new("calledAt", "calledAt is required: when the call was made (this case's definition version predates callbacks timed by the service)"));
            }

            return data;
        }

        // The event's own time is the call's; what the caller says is kept as said, beside it.
        return data with { CalledAt = null, StatedCalledAt = data.CalledAt ?? data.StatedCalledAt };
    }

    /// <summary>True when the definition times callbacks when they are recorded: it declares how much earlier one may be stated.</summary>
    public static bool TimedByTheService(CompiledDefinition definition) => definition.Definition.Assessment?.CallbackStatedWithin is not null;

    /// <summary>The callback.recorded effect records the call on the case.</summary>
    protected override CaseState Evolve(CaseState state, RecordCallbackData data, CaseEvent e) => state;
}
