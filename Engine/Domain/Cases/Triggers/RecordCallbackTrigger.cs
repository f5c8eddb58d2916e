using CaseFlow.Workflows.Compilation;

namespace CaseFlow.Engine.Cases;

/// <summary>The callback survey (回访) of a closed case.</summary>
/// <param name="CalledAt">When the call was made.</param>
/// <param name="Reached">Whether the call reached the reporter.</param>
/// <param name="Rating">The reporter's rating, when reached.</param>
public sealed record RecordCallbackData(DateTimeOffset? CalledAt, bool? Reached, string? Rating);

/// <summary>
/// The township records a callback call: whether it reached the reporter, when, and a rating only when reached. The callback.recorded
/// effect records it on the case; when it may be recorded is the policy's (<see cref="Assessment.CallbackRules"/>).
/// </summary>
internal sealed class RecordCallbackTrigger : CaseTrigger<RecordCallbackData>
{
    public override string Name => Triggers.RecordCallback;

    public override IReadOnlyList<string> Fields => ["rating", "calledAt", "reached"];

    public override RecordCallbackData Read(CasePayload payload) => new(payload.CalledAt, payload.Reached, payload.Rating);

    public override CasePayload Write(RecordCallbackData data, CasePayload payload) =>
        payload with { CalledAt = data.CalledAt, Reached = data.Reached, Rating = data.Rating };

    protected override RecordCallbackData Check(CaseState state, RecordCallbackData data, CaseCommand command, CompiledDefinition definition, List<FieldProblem> problems)
    {
        if (data.Reached is null)
        {
            problems.Add(new("reached", "reached is required: whether the call reached the reporter (true or false)"));
        }

        if (data.CalledAt is null)
        {
            problems.Add(new("calledAt", "calledAt is required: when the call was made"));
        }

        if (data.Rating is { } rating && !Vocabulary.Ratings.Contains(rating))
        {
            problems.Add(new("rating", $"'{rating}' is not a rating; use one of: {Vocabulary.List(Vocabulary.Ratings)}, or omit it"));
        }

        if (data.Reached == false && data.Rating is not null)
        {
            problems.Add(new("rating", "a call that did not reach the reporter cannot carry the reporter's rating; omit it"));
        }

        return data;
    }

    /// <summary>The callback.recorded effect records the call on the case.</summary>
    protected override CaseState Evolve(CaseState state, RecordCallbackData data, CaseEvent e) => state;
}
