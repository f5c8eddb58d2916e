using CaseFlow.Workflows.Compilation;

namespace CaseFlow.Engine.Cases;

/// <summary>A satisfaction rating.</summary>
/// <param name="Rating">satisfied, basicallySatisfied or dissatisfied.</param>
public sealed record RateData(string? Rating);

/// <summary>The reporter rates the handling; the case records the rating.</summary>
internal sealed class RateTrigger : CaseTrigger<RateData>
{
    public override string Name => Triggers.Rate;

    public override IReadOnlyList<string> Fields => ["rating"];

    public override RateData Read(CasePayload payload) => new(payload.Rating);

    public override CasePayload Write(RateData data, CasePayload payload) => payload with { Rating = data.Rating };

    protected override RateData Check(CaseState state, RateData data, CaseCommand command, CompiledDefinition definition, List<FieldProblem> problems)
    {
        if (data.Rating is null || !Vocabulary.Ratings.Contains(data.Rating))
        {
            problems.Add(new("rating", $"'{data.Rating}' is not a rating; use one of: {Vocabulary.List(Vocabulary.Ratings)}"));
        }

        return data;
    }

    protected override CaseState Evolve(CaseState state, RateData data, CaseEvent e) => state with { Rating = data.Rating };
}
