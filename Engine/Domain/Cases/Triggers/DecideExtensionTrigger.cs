using CaseFlow.Workflows.Compilation;

namespace CaseFlow.Engine.Cases;

/// <summary>An extension decision, and what it records when approved.</summary>
/// <param name="Approved">Approved (true) or refused (false).</param>
/// <param name="Reason">Why, optionally.</param>
/// <param name="WorkingDays">The days that were asked for (stamped by the extension.decided effect when decided).</param>
/// <param name="Deadline">The extended handling deadline when approved (stamped likewise).</param>
public sealed record DecideExtensionData(bool? Approved, string? Reason, int? WorkingDays = null, DateTimeOffset? Deadline = null);

/// <summary>
/// The platform's leader approves or refuses an extension; approved, the case counts it and its handling deadline moves on; either
/// way the request is settled.
/// </summary>
internal sealed class DecideExtensionTrigger : CaseTrigger<DecideExtensionData>
{
    public override string Name => Triggers.DecideExtension;

    public override IReadOnlyList<string> Fields => ["reason", "approved", "workingDays", "deadline"];

    public override DecideExtensionData Read(CasePayload payload) => new(payload.Approved, payload.Reason, payload.WorkingDays, payload.Deadline);

    public override CasePayload Write(DecideExtensionData data, CasePayload payload) =>
        payload with { Approved = data.Approved, Reason = data.Reason, WorkingDays = data.WorkingDays, Deadline = data.Deadline };

    protected override DecideExtensionData Check(CaseState state, DecideExtensionData data, CaseCommand command, CompiledDefinition definition, List<FieldProblem> problems)
    {
        if (data.Approved is null)
        {
            problems.Add(new("approved", "say whether the extension is approved (true) or refused (false)"));
        }

        return data;
    }

    protected override CaseState Evolve(CaseState state, DecideExtensionData data, CaseEvent e) => data.Approved == true
        ? state with
        {
            Extensions = state.Extensions + 1,
            ExtensionDays = state.ExtensionDays + (data.WorkingDays ?? 0),
            HandlingDeadline = data.Deadline ?? state.HandlingDeadline,
            RequestedExtensionDays = null,
        }
        : state with { RequestedExtensionDays = null };
}
