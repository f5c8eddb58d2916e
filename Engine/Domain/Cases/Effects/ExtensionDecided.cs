using System.Globalization;
using CaseFlow.Contracts.Events;
using CaseFlow.Workflows.Calendar;
using CaseFlow.Workflows.Compilation;

namespace CaseFlow.Engine.Cases.Effects;

/// <summary>
/// Tells the office (and, when approved, the reporter) the extension decision; records the days asked for and, when approved, the
/// deadline moved on by them on the calendar.
/// </summary>
internal sealed class ExtensionDecided : ICaseEffect
{
    public string Name => "extension.decided";

    /// <summary>Changes nothing itself: the decision's trigger (DecideExtension) records it on the case.</summary>
    public CaseState Evolve(CaseState state, CaseEvent e) => state;

    public CasePayload Stamp(CaseState state, CasePayload payload, CompiledDefinition definition, WorkingCalendar calendar, int? calendarVersion, DateTimeOffset now)
    {
        var decision = CaseTriggers.DecideExtension.Read(payload);
        return Calendars.DeadlineStamp.Mark(
            CaseTriggers.DecideExtension.Write(
                decision with
                {
                    WorkingDays = state.RequestedExtensionDays,
                    Deadline = decision.Approved == true && state is { HandlingDeadline: { } deadline, RequestedExtensionDays: { } days }
                        ? calendar.AddWorkingDays(deadline, days)
                        : null,
                },
                payload),
            state.SignedForAt ?? now,
            calendarVersion,
            calendar);
    }

    public IEnumerable<object> Publish(CaseEvent e, CaseState state, CompiledDefinition definition)
    {
        var p = CaseTriggers.DecideExtension.Read(e.Payload);
        yield return new Contracts.Events.ExtensionDecided
        {
            CaseId = e.CaseId,
            Approved = p.Approved ?? false,
            WorkingDays = p.WorkingDays ?? 0,
            Reason = p.Reason,
            NewDeadline = p.Approved == true ? p.Deadline : null,
        };

        // The reporter hears the new deadline when an extension is approved.
        if (p is { Approved: true, Deadline: { } deadline } && state.Reporter is { } reporter)
        {
            var local = definition.Calendar?.Local(deadline) ?? deadline;
            yield return new ReporterNotified
            {
                CaseId = e.CaseId,
                Reporter = reporter.Name,
                Phone = reporter.Phone,
                Message = $"您反映的“{state.Title}”办理期限已延长 {p.WorkingDays} 个工作日，新的办结期限为 {local.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture)}。",
            };
        }
    }

    /// <summary>The assessment reads the decision from its trigger (DecideExtension), not from the effect.</summary>
    public void Assess(IAssessedHistory history, CaseEvent e)
    {
    }
}
