using CaseFlow.Engine.Assessment;
using CaseFlow.Engine.Supervision;
using CaseFlow.Workflows.Compilation;

namespace CaseFlow.Host.Workbench.Supervision;

/// <summary>
/// Builds the 督办 board from every case's history at one instant. Pure. Nothing here names a state: overdue is the assessment's
/// "overdue now", the warning window is the supervision policy's (<see cref="SupervisionSchedule.WarnAt"/>), escalations are the
/// leaders the assessment finds an escalation reached, and supervision states are grouped as the definition declares them.
/// </summary>
public static class SupervisionBoardBuilder
{
    /// <summary>China time, for a definition that declares no calendar (the township's own zone otherwise).</summary>
    public const string DefaultZone = "Asia/Shanghai";

    /// <summary>The board as the cases stand at <paramref name="now"/>.</summary>
    public static SupervisionBoard Build(IReadOnlyList<CaseRecord> records, CompiledDefinition definition, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(records);
        ArgumentNullException.ThrowIfNull(definition);
        var zone = definition.Calendar?.TimeZone ?? TimeZoneInfo.FindSystemTimeZoneById(DefaultZone);
        var today = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(now, zone).DateTime);
        var todayStarts = Midnight(today, zone);
        var todayEnds = Midnight(today.AddDays(1), zone);

        var seen = records.Where(r => r.State.SubmittedAt <= now).ToList();
        var open = seen.Where(r => !r.State.IsFinal).Select(r => Place(r, definition, now)).ToList();
        var intake = seen.Where(r => r.State.SubmittedAt >= todayStarts && r.State.SubmittedAt < todayEnds)
            .Select(r => r.State.IsFinal ? Place(r, definition, now) : open.First(c => c.Case.Id == r.State.Id))
            .OrderByDescending(c => c.Case.SubmittedAt).ThenBy(c => c.Case.Id)
            .ToList();
        var month = AssessmentPeriod.Month(today.Year, today.Month);
        return new SupervisionBoard
        {
            AsOf = now,
            Zone = zone,
            Today = today,
            Open = open,
            Overdue = [.. open.Where(c => c.Standing == DeadlineStanding.Overdue).OrderBy(c => c.Deadline).ThenBy(c => c.Case.Id)],
            Warned = [.. open.Where(c => c.Standing == DeadlineStanding.Warned).OrderBy(c => c.Deadline).ThenBy(c => c.Case.Id)],
            Escalated = [.. open.Where(c => c.Assessed.LeadersReached.Count > 0).OrderByDescending(c => c.Assessed.LeadersReached.Count).ThenBy(c => c.Case.SubmittedAt)],
            Provisional = [.. open.Where(c => c.Case.IsProvisional).OrderBy(c => c.Case.SubmittedAt).ThenBy(c => c.Case.Id)],
            Intake = intake,
            BySupervisionState = BySupervisionState(open, definition),
            IndicatorPeriod = month,
            Platforms = IndicatorReport.By(Dimensions.Platform, IndicatorReport.Received(seen, month, definition, now), definition),
        };
    }

    /// <summary>The case assessed now, with the deadline it is held to and where it stands against it.</summary>
    private static BoardCase Place(CaseRecord record, CompiledDefinition definition, DateTimeOffset now)
    {
        var assessed = CaseAssessor.Assess(record, definition, now);
        var state = record.State;
        var handling = state.Supervision is null ? null : state.HandlingDeadline;
        var (deadline, signFor) = state.SignForDeadline is { } signBy && (handling is null || signBy <= handling) ? (signBy, true) : (handling, false);
        var standing = assessed.OverdueNow || assessed.SignForLateNow ? DeadlineStanding.Overdue
            : state is { Supervision: not null, SignedForAt: { } signedFor, HandlingDeadline: { } by }
              && definition is { Calendar: { } calendar, Supervision: { } policy }
              && now >= SupervisionSchedule.WarnAt(signedFor, by, calendar, policy) ? DeadlineStanding.Warned
            : DeadlineStanding.InTime;
        return new BoardCase(assessed, state.Supervision is null ? null : definition.BesideOf(state.Workflow)?.Id, deadline, signFor, standing);
    }

    private static List<SupervisionStateCount> BySupervisionState(List<BoardCase> open, CompiledDefinition definition)
    {
        var counts = new List<SupervisionStateCount> { new(null, null, open.Count(c => c.Case.Supervision is null)) };
        foreach (var workflow in definition.Workflows.Values.Where(w => w.Definition.RunsBeside is not null))
        {
            counts.AddRange(workflow.Definition.States.Select(s => new SupervisionStateCount(
                workflow.Id, s.Id, open.Count(c => c.SupervisionWorkflow == workflow.Id && c.Case.Supervision == s.Id))));
        }

        return counts;
    }

    private static DateTimeOffset Midnight(DateOnly day, TimeZoneInfo zone)
    {
        var local = day.ToDateTime(TimeOnly.MinValue, DateTimeKind.Unspecified);
        return new DateTimeOffset(local, zone.GetUtcOffset(local));
    }
}
