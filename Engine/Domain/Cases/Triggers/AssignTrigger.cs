using System.Collections.Immutable;
using CaseFlow.Engine.Routing;
using CaseFlow.Workflows.Compilation;

namespace CaseFlow.Engine.Cases;

/// <summary>Assignment's data: the lead office (主办) and the co-handlers (协办), and the sign-for deadline recorded with it.</summary>
/// <param name="LeadOffice">Lead office id; null takes the routing default.</param>
/// <param name="CoHandlers">Co-handling office ids.</param>
/// <param name="SignForDeadline">The sign-for deadline (stamped by the notify.office effect when decided).</param>
public sealed record AssignData(string? LeadOffice, IReadOnlyList<string>? CoHandlers, DateTimeOffset? SignForDeadline = null);

/// <summary>The platform routes the case to a lead office of its own and any co-handlers; the case records them and the sign-for deadline.</summary>
internal sealed class AssignTrigger : CaseTrigger<AssignData>
{
    public override string Name => Triggers.Assign;

    public override IReadOnlyList<string> Fields => ["leadOffice", "coHandlers", "deadline"];

    public override AssignData Read(CasePayload payload) => new(payload.LeadOffice, payload.CoHandlers, payload.Deadline);

    public override CasePayload Write(AssignData data, CasePayload payload) =>
        payload with { LeadOffice = data.LeadOffice, CoHandlers = data.CoHandlers, Deadline = data.SignForDeadline };

    protected override AssignData Check(CaseState state, AssignData data, CaseCommand command, CompiledDefinition definition, List<FieldProblem> problems)
    {
        var platform = state.Platform ?? definition.Category(state.Category)!.Platform;
        var lead = data.LeadOffice ?? Router.DefaultLeadOffice(definition, state.Category, platform);
        if (data.CoHandlers?.Any(string.IsNullOrWhiteSpace) == true)
        {
            problems.Add(new("coHandlers", "every co-handler must be an office id; a null or blank item names no office"));
            return data;
        }

        var coHandlers = data.CoHandlers ?? [];
        var known = definition.Definition.Organisation.Offices.Select(o => o.Id).ToList();
        if (definition.Office(lead) is null)
        {
            problems.Add(new("leadOffice", $"unknown office '{lead}'; offices are: {Vocabulary.List(known)}"));
        }
        else if (!Router.WorksOn(definition, lead, platform))
        {
            problems.Add(new("leadOffice", $"'{lead}' does not work on platform '{platform}', to which the case is dispatched; its lead office must be one of: {Vocabulary.List(Router.OfficesOf(definition, platform))} (co-handlers may come from any platform)"));
        }

        foreach (var office in coHandlers.Where(o => definition.Office(o) is null))
        {
            problems.Add(new("coHandlers", $"unknown office '{office}'; offices are: {Vocabulary.List(known)}"));
        }

        if (coHandlers.Contains(lead))
        {
            problems.Add(new("coHandlers", $"'{lead}' is the lead office (主办) and cannot also co-handle (协办)"));
        }

        if (coHandlers.Distinct(StringComparer.Ordinal).Count() != coHandlers.Count)
        {
            problems.Add(new("coHandlers", "a co-handler is named twice"));
        }

        return data with { LeadOffice = lead, CoHandlers = coHandlers };
    }

    protected override CaseState Evolve(CaseState state, AssignData data, CaseEvent e) => state with
    {
        LeadOffice = data.LeadOffice,
        CoHandlers = (data.CoHandlers ?? []).Select(o => new CoHandler(o, false)).ToImmutableList(),
        RoutedAt = e.At,
        SignForDeadline = data.SignForDeadline,
        LastUrgedAt = null,
        Escalations = 0,
    };
}
