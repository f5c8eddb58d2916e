using CaseFlow.Workflows.Compilation;

namespace CaseFlow.Engine.Cases;

/// <summary>An extension request (延期): how many working days more, and why.</summary>
/// <param name="WorkingDays">The working days asked for.</param>
/// <param name="Reason">Why more time is needed.</param>
public sealed record RequestExtensionData(int? WorkingDays, string? Reason);

/// <summary>The lead office asks for more time; the case records the days asked for until the request is decided.</summary>
internal sealed class RequestExtensionTrigger : CaseTrigger<RequestExtensionData>
{
    public override string Name => Triggers.RequestExtension;

    public override IReadOnlyList<string> Fields => ["reason", "workingDays"];

    public override RequestExtensionData Read(CasePayload payload) => new(payload.WorkingDays, payload.Reason);

    public override CasePayload Write(RequestExtensionData data, CasePayload payload) => payload with { WorkingDays = data.WorkingDays, Reason = data.Reason };

    protected override RequestExtensionData Check(CaseState state, RequestExtensionData data, CaseCommand command, CompiledDefinition definition, List<FieldProblem> problems)
    {
        Require(problems, "reason", data.Reason, "say why more time is needed");
        if (data.WorkingDays is not > 0)
        {
            problems.Add(new("workingDays", "ask for a positive number of working days"));
        }

        return data;
    }

    protected override CaseState Evolve(CaseState state, RequestExtensionData data, CaseEvent e) => state with { RequestedExtensionDays = data.WorkingDays };
}
