using System.Globalization;
using CaseFlow.Contracts.County;
using CaseFlow.Contracts.Events;
using CaseFlow.Engine.Cases;
using CaseFlow.Engine.Routing;
using CaseFlow.Engine.Supervision;
using CaseFlow.Workflows.Compilation;

namespace CaseFlow.Engine.Messaging;

/// <summary>Turns recorded events and their effects into the outbound contracts other systems receive.</summary>
public static class OutboundMessages
{
    /// <summary>The messages a batch of events causes, given the case after them.</summary>
    public static IReadOnlyList<object> For(IReadOnlyList<CaseEvent> events, CaseState state, CompiledDefinition definition)
    {
        ArgumentNullException.ThrowIfNull(events);
        var messages = new List<object>();
        foreach (var e in events)
        {
            if (e.Trigger == Triggers.Submit)
            {
                messages.Add(new CaseReceived { CaseId = e.CaseId, ClientKey = state.ClientKey, Category = state.Category, Channel = state.Channel, At = e.At });
            }

            messages.Add(new CaseStateChanged
            {
                CaseId = e.CaseId,
                Sequence = e.Sequence,
                Trigger = e.Trigger,
                From = e.From,
                To = e.To,
                Supervision = e.Supervision,
                Actor = e.Actor,
                At = e.At,
            });
            messages.AddRange(e.Effects.Select(effect => Effect(effect, e, state, definition)).OfType<object>());
            if (e.Effects.Contains("extension.decided") && ExtensionToReporter(e, state, definition) is { } told)
            {
                messages.Add(told);
            }

            // Only the event that ended the case tells the county; what an ended case records after (its callback) does not.
            if (e.Sequence == state.Version && e.From != e.To && HandedDownEnded(e, state) is { } closed)
            {
                messages.Add(closed);
            }
        }

        return messages;
    }

    /// <summary>The rejection sent back to the caller of a refused command.</summary>
    public static CaseCommandRejected Rejection(CaseCommand command, Decision decision)
    {
        ArgumentNullException.ThrowIfNull(command);
        ArgumentNullException.ThrowIfNull(decision);
        return new CaseCommandRejected
        {
            // A refused submission created no case: the id it would have taken names nothing, so the client key identifies it.
            CaseId = command.Trigger == Triggers.Submit ? null : command.CaseId,
            ClientKey = command.Payload.ClientKey,
            Command = command.Trigger,
            Reason = decision.Rejection ?? "",
            Errors = decision.Problems.Select(p => new FieldError { Field = p.Field, Message = p.Message }).ToList(),
        };
    }

    private static object? Effect(string effect, CaseEvent e, CaseState state, CompiledDefinition definition)
    {
        var p = e.Payload;
        return effect switch
        {
            "notify.platform" => new CaseDispatched
            {
                CaseId = e.CaseId,
                Platform = state.Platform ?? "",
                Coordinator = definition.Platform(state.Platform ?? "")?.Coordinator ?? "",
                Category = state.Category,
            },
            "notify.office" => new CaseAssigned
            {
                CaseId = e.CaseId,
                Platform = state.Platform ?? "",
                LeadOffice = state.LeadOffice ?? "",
                CoHandlers = state.CoHandlers.Select(c => c.Office).ToList(),
                SignForBy = state.SignForDeadline,
            },
            "joint.start" => JointHandling(e, state, definition),
            "clock.start" => new HandlingClockStarted { CaseId = e.CaseId, Office = e.Actor, StartedAt = e.At, Deadline = state.HandlingDeadline },
            "notify.commandRoom" => new CaseResultReported { CaseId = e.CaseId, Result = p.Result ?? "", ReportedBy = e.Actor },
            "notify.reporter" => new ReporterNotified
            {
                CaseId = e.CaseId,
                Reporter = state.Reporter?.Name ?? "",
                Phone = state.Reporter?.Phone,
                Message = p.Note ?? p.Reason ?? $"case {e.CaseId}: {e.To}",
            },
            "case.returned" => new CaseReturned { CaseId = e.CaseId, ReturnedBy = e.Actor, Reason = p.Reason ?? "", Returns = state.Returns },
            "case.reopened" => new CaseReopened { CaseId = e.CaseId, Round = state.Reopens + 1, Comment = p.Note },
            "case.closed" => new CaseClosed { CaseId = e.CaseId, Rating = state.Rating ?? "", ClosedAt = e.At },
            "county.escalate" => new CaseEscalatedToCounty
            {
                CaseId = e.CaseId,
                Category = state.Category,
                Title = state.Title,
                Description = state.Description,
                Location = state.Location,
                Reason = p.Reason ?? $"category '{state.Category}' is outside the township's remit (jurisdiction: county)",
                ReporterName = state.Reporter?.Name ?? "",
                ReporterPhone = state.Reporter?.Phone,
                Priority = state.Priority,
                EscalatedAt = e.At,
            },
            "extension.requested" => new ExtensionRequested
            {
                CaseId = e.CaseId,
                Office = e.Actor,
                WorkingDays = p.WorkingDays ?? 0,
                Reason = p.Reason ?? "",
                DecidedBy = definition.Platform(state.Platform ?? "")?.Coordinator ?? "",
            },
            "extension.decided" => new ExtensionDecided
            {
                CaseId = e.CaseId,
                Approved = p.Approved ?? false,
                WorkingDays = p.WorkingDays ?? 0,
                Reason = p.Reason,
                NewDeadline = p.Approved == true ? p.Deadline : null,
            },
            "county.urged" => new SupervisionNoticeIssued
            {
                CaseId = e.CaseId,
                Kind = "countyUrge",
                Recipient = definition.Definition.Organisation.CommandRoom.Id,
                SupervisionState = state.Supervision ?? "",
                Note = p.Note,
            },
            "supervision.warn" or "supervision.urge" or "supervision.overdue" or "supervision.escalate" => new SupervisionNoticeIssued
            {
                CaseId = e.CaseId,
                Kind = effect["supervision.".Length..],
                Recipient = SupervisionRecipient(effect, state, definition),
                SupervisionState = state.Supervision ?? "",
                Note = p.Note,
                Deadline = state.HandlingDeadline,
            },
            "supervision.signForOverdue" => new SupervisionNoticeIssued
            {
                CaseId = e.CaseId,
                Kind = "signForOverdue",
                Recipient = state.LeadOffice ?? "",
                Note = p.Note,
                Deadline = state.SignForDeadline,
            },
            "supervision.countySilence" => new SupervisionNoticeIssued
            {
                CaseId = e.CaseId,
                Kind = "countySilence",
                Recipient = EscalationLadder.CountySilence(state.CountyUrges, EscalationLadder.PlatformOf(state.Platform, state.Category, definition), definition) ?? "",
                Note = p.Note,
                Deadline = state.CountyDeadline,
            },
            "callback.overdue" => new SupervisionNoticeIssued
            {
                CaseId = e.CaseId,
                Kind = "callbackOverdue",
                Recipient = definition.Definition.Organisation.CommandRoom.Id,
                Note = $"案件“{state.Title}”办结后未在规定时间内回访，请尽快回访报告人。",
                Deadline = p.DueAt,
            },
            "county.urge" => new CountyCaseUrgedByTownship
            {
                CaseId = e.CaseId,
                CountyCaseNumber = state.CountyCaseNumber ?? "",
                Deadline = state.CountyDeadline ?? default,
                Urging = state.CountyUrges,
                Note = p.Note ?? $"案件（县受理编号 {state.CountyCaseNumber}）已超过县12345承诺的办结期限，请尽快办理并反馈乡综合指挥室。",
            },
            _ => null,
        };
    }

    /// <summary>The reporter hears the new deadline when an extension is approved.</summary>
    private static ReporterNotified? ExtensionToReporter(CaseEvent e, CaseState state, CompiledDefinition definition)
    {
        if (e.Payload is not { Approved: true, Deadline: { } deadline } || state.Reporter is null)
        {
            return null;
        }

        var local = definition.Calendar?.Local(deadline) ?? deadline;
        return new ReporterNotified
        {
            CaseId = e.CaseId,
            Reporter = state.Reporter.Name,
            Phone = state.Reporter.Phone,
            Message = $"您反映的“{state.Title}”办理期限已延长 {e.Payload.WorkingDays} 个工作日，新的办结期限为 {local.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture)}。",
        };
    }

    /// <summary>The county hears how a case it handed down ended: closed with a rating, or found invalid or a duplicate.</summary>
    private static HandedDownCaseClosed? HandedDownEnded(CaseEvent e, CaseState state)
    {
        if (!state.IsFinal || state.Channel != Vocabulary.CountyChannel || state.CountyCaseNumber is not { } number)
        {
            return null;
        }

        return new HandedDownCaseClosed
        {
            CountyCaseNumber = number,
            CaseId = e.CaseId,
            Result = state.Result ?? (e.Payload.Reason is { Length: > 0 } reason ? $"{state.Position}: {reason}" : state.Position),
            Rating = state.Rating ?? "",
            ClosedAt = e.At,
        };
    }

    private static JointHandlingStarted JointHandling(CaseEvent e, CaseState state, CompiledDefinition definition)
    {
        var coHandlers = state.CoHandlers.Select(c => c.Office).ToList();
        var platforms = Router.PlatformsInvolved(definition, state.Platform, coHandlers);
        return new JointHandlingStarted
        {
            CaseId = e.CaseId,
            LeadOffice = state.LeadOffice ?? "",
            CoHandlers = coHandlers,
            Platforms = platforms.ToList(),
            CoordinatingLeader = Router.CoordinatingLeader(definition, platforms),
        };
    }

    /// <summary>Who a supervision notice goes to: the office, or at escalation the leader on the rung the case's escalations reached.</summary>
    private static string SupervisionRecipient(string effect, CaseState state, CompiledDefinition definition) =>
        effect == "supervision.escalate"
            ? EscalationLadder.Escalated(state.Escalations, EscalationLadder.PlatformOf(state.Platform, state.Category, definition), definition) ?? ""
            : state.LeadOffice ?? "";
}
