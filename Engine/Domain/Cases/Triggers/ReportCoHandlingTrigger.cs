using CaseFlow.Workflows.Compilation;

namespace CaseFlow.Engine.Cases;

/// <summary>A co-handler's report: the office reporting its part.</summary>
/// <param name="Office">The reporting office; null is the office the report is sent in.</param>
public sealed record ReportCoHandlingData(string? Office);

/// <summary>A co-handling office (协办) reports its own part; the case marks that office reported.</summary>
internal sealed class ReportCoHandlingTrigger : CaseTrigger<ReportCoHandlingData>
{
    public override string Name => Triggers.ReportCoHandling;

    public override IReadOnlyList<string> Fields => ["office"];

    public override ReportCoHandlingData Read(CasePayload payload) => new(payload.Office);

    public override CasePayload Write(ReportCoHandlingData data, CasePayload payload) => payload with { Office = data.Office };

    protected override ReportCoHandlingData Check(CaseState state, ReportCoHandlingData data, CaseCommand command, CompiledDefinition definition, List<FieldProblem> problems)
    {
        // A co-handler reports its own part: the office is the one the report is sent in.
        var office = data.Office ?? command.Actor;
        if (office != command.Actor)
        {
            problems.Add(new("office", $"a co-handling office reports its own part: office must be '{command.Actor}' (the position the report is sent in) or omitted, not '{office}'"));
        }
        else if (!state.CoHandlers.Any(c => c.Office == office && !c.Reported))
        {
            var pending = state.CoHandlers.Where(c => !c.Reported).Select(c => c.Office).ToList();
            problems.Add(new("office", $"'{office}' is not a co-handler still to report; still to report: {(pending.Count == 0 ? "none" : Vocabulary.List(pending))}"));
        }

        return new(office);
    }

    protected override CaseState Evolve(CaseState state, ReportCoHandlingData data, CaseEvent e) =>
        state with { CoHandlers = [.. state.CoHandlers.Select(c => c.Office == data.Office ? c with { Reported = true } : c)] };
}
