using CaseFlow.Workflows.Compilation;

namespace CaseFlow.Engine.Cases;

/// <summary>The reporter's reply to feedback.</summary>
/// <param name="Outcome">confirmed or disputed (stored as feedback).</param>
public sealed record RecordFeedbackData(string? Outcome);

/// <summary>The reporter confirms or disputes the result; the case records the reply.</summary>
internal sealed class RecordFeedbackTrigger : CaseTrigger<RecordFeedbackData>
{
    public override string Name => Triggers.RecordFeedback;

    public override IReadOnlyList<string> Fields => ["feedback"];

    public override RecordFeedbackData Read(CasePayload payload) => new(payload.Feedback);

    public override CasePayload Write(RecordFeedbackData data, CasePayload payload) => payload with { Feedback = data.Outcome };

    protected override RecordFeedbackData Check(CaseState state, RecordFeedbackData data, CaseCommand command, CompiledDefinition definition, List<FieldProblem> problems)
    {
        if (data.Outcome is null || !Vocabulary.FeedbackOutcomes.Contains(data.Outcome))
        {
            problems.Add(new("outcome", $"'{data.Outcome}' is not a feedback outcome; use one of: {Vocabulary.List(Vocabulary.FeedbackOutcomes)}"));
        }

        return data;
    }

    protected override CaseState Evolve(CaseState state, RecordFeedbackData data, CaseEvent e) => state with { Feedback = data.Outcome };
}
