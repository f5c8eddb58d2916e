using CaseFlow.Workflows.Compilation;

namespace CaseFlow.Engine.Cases;

/// <summary>Feedback to the reporter: the message they are sent.</summary>
/// <param name="Message">The message for the reporter (stored as the note).</param>
public sealed record FeedBackData(string? Message);

/// <summary>The command room tells the reporter what became of the case; the message is required.</summary>
internal sealed class FeedBackTrigger : CaseTrigger<FeedBackData>
{
    public override string Name => Triggers.FeedBack;

    public override IReadOnlyList<string> Fields => ["note"];

    public override FeedBackData Read(CasePayload payload) => new(payload.Note);

    public override CasePayload Write(FeedBackData data, CasePayload payload) => payload with { Note = data.Message };

    protected override FeedBackData Check(CaseState state, FeedBackData data, CaseCommand command, CompiledDefinition definition, List<FieldProblem> problems)
    {
        Require(problems, "message", data.Message, "give the message for the reporter");
        return data;
    }

    protected override CaseState Evolve(CaseState state, FeedBackData data, CaseEvent e) => state;
}
