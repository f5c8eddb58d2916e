using System.Text;
using CaseFlow.Engine.Cases;
using CaseFlow.Workflows.Compilation;

namespace CaseFlow.Host.Demo;

/// <summary>The table the demo prints: per platform, what was received and what became of it.</summary>
public static class DemoSummary
{
    /// <summary>Renders the per-platform table, where the county cases stand and the command tally; <paramref name="countyAnswers"/> says whether a county could answer.</summary>
    public static string Render(IReadOnlyList<CaseState> cases, int submitted, DemoTally tally, CompiledDefinition definition, bool countyAnswers)
    {
        ArgumentNullException.ThrowIfNull(cases);
        ArgumentNullException.ThrowIfNull(tally);
        ArgumentNullException.ThrowIfNull(definition);
        var text = new StringBuilder();
        text.AppendLine($"CaseFlow demo: {submitted} cases submitted, {tally.Accepted} commands accepted, {tally.Rejected} refused (on purpose: out-of-order commands).");
        text.AppendLine();
        text.AppendLine($"{"platform",-14} {"received",8} {"closed",7} {"open",5} {"reopened",8} {"returned",8} {"joint",6} {"escalated",9} {"invalid",7}");
        var rows = definition.Definition.Organisation.Platforms.Select(p => (p.Id, Cases: cases.Where(c => definition.Category(c.Category)?.Platform == p.Id).ToList())).ToList();
        rows.Add(("total", cases.ToList()));
        foreach (var (platform, group) in rows)
        {
            var closed = group.Count(c => c.ClosedAt is not null);
            var ended = group.Count(c => c.IsFinal);
            text.AppendLine(
                $"{platform,-14} {group.Count,8} {closed,7} {group.Count - ended,5} {group.Count(c => c.Reopens > 0),8} {group.Count(c => c.Returns > 0),8} " +
                $"{group.Count(c => c.CoHandlers.Count > 0),6} {group.Count(c => c.EscalatedToCounty),9} {ended - closed,7}");
        }

        text.AppendLine();
        text.AppendLine(County(cases, countyAnswers));
        var closedCases = cases.Count(c => c.ClosedAt is not null);
        text.AppendLine($"Callbacks (回访): {cases.Count(c => c.CalledBackAt is not null)} of {closedCases} closed cases called back; the rest are flagged if not called back within the assessment policy's time (see `brief weekly`).");
        text.AppendLine();
        text.AppendLine("Examples of refused commands (each left its case unchanged):");
        foreach (var reason in tally.Reasons.DistinctBy(r => r.Split(':')[0]).Take(3))
        {
            text.AppendLine($"  - {reason}");
        }

        return text.ToString();
    }

    /// <summary>One line on the county 12345 conversation: what the county answered and what is still with it.</summary>
    private static string County(IReadOnlyList<CaseState> cases, bool countyAnswers)
    {
        var escalated = cases.Where(c => c.EscalatedToCounty).ToList();
        var waiting = escalated.Count(c => c.CountyStatus is CountyStatuses.Escalated or CountyStatuses.Accepted or CountyStatuses.Assigned);
        var resolved = escalated.Count(c => c.CountyStatus == CountyStatuses.Resolved);
        var sentBack = escalated.Count(c => c.CountyStatus == CountyStatuses.SentBack);
        var closed = escalated.Count(c => c.ClosedAt is not null);
        var line = $"County 12345: {escalated.Count} escalated; {resolved} resolved by the county, {sentBack} sent back to the township, " +
            $"{closed} of them closed after feedback to the reporter; {waiting} still with the county";
        return countyAnswers
            ? line + "."
            : line + " (the in-memory bus has no county: run the demo over RabbitMQ with the county simulator to see the answers come back).";
    }
}
