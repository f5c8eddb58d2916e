using System.Globalization;
using CaseFlow.Engine.Calendars;
using CaseFlow.Engine.Cases;
using CaseFlow.Workflows.Compilation;

namespace CaseFlow.Engine.Assessment;

/// <summary>
/// The callback survey's (回访) part in deciding a command: the call is timed when the service records it, and a time its caller
/// states is kept only when it is not in the future, not before the case closed, and not earlier than the assessment policy's
/// tolerance (<c>assessment.callbackStatedWithin</c>) before now (what the call's data must say is checked by its trigger's unit).
/// </summary>
internal static class CallbackRules
{
    /// <summary>Why a callback command is refused, or null; other commands are never refused here.</summary>
    public static string? Refusal(CaseState state, CaseCommand command, CasePayload payload, CompiledDefinition definition, DateTimeOffset now, CalendarSet calendars)
    {
        if (command.Trigger != Triggers.RecordCallback)
        {
            return null;
        }

        // Under a definition version that predates service-timed callbacks, the caller's time is the call's, checked the same way.
        var call = CaseTriggers.RecordCallback.Read(payload);
        if ((call.StatedCalledAt ?? call.CalledAt) is not { } stated)
        {
            return null;
        }

        if (stated > now)
        {
            return $"the call is stated as made at {stated:O}, later than now ({now:O}); record a call once it has been made";
        }

        if (stated < state.ClosedAt)
        {
            return $"the call is stated as made at {stated:O}, before the case closed ({state.ClosedAt:O}); a callback follows the closing";
        }

        if (definition.Definition.Assessment?.CallbackStatedWithin is { } within && calendars.Of(state, definition) is { } calendar
            && calendar.Add(stated, within) is var latest && now > latest)
        {
            return $"the call is stated as made at {Local(calendar, stated)}, but a callback is timed when it is recorded and may be stated at most {within.Describe()} earlier (assessment.callbackStatedWithin): a call made then had to be recorded by {Local(calendar, latest)}; record it now without calledAt, or with the time it was really made";
        }

        return null;
    }

    private static string Local(Workflows.Calendar.WorkingCalendar calendar, DateTimeOffset instant) =>
        calendar.Local(instant).ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture);
}
