using System.Collections.Immutable;
using CaseFlow.Engine.Cases.Effects;
using CaseFlow.Workflows.Compilation;

namespace CaseFlow.Engine.Cases;

/// <summary>The pure fold: applies one recorded event to a case. Replaying a history through it rebuilds the case.</summary>
public static class CaseEvolver
{
    /// <summary>Folds a whole history (in sequence order) into the case it describes.</summary>
    public static CaseState? Replay(IEnumerable<CaseEvent> history, CompiledDefinition definition) => Replay(history, _ => definition);

    /// <summary>Folds a whole history, each event under the definition version it was recorded with (a migrated case has several).</summary>
    public static CaseState? Replay(IEnumerable<CaseEvent> history, Func<int, CompiledDefinition> definitionOf)
    {
        ArgumentNullException.ThrowIfNull(history);
        ArgumentNullException.ThrowIfNull(definitionOf);
        CaseState? state = null;
        foreach (var e in history)
        {
            state = Apply(state, e, definitionOf(e.DefinitionVersion));
        }

        return state;
    }

    /// <summary>The case after the event; the first event (Submit) creates it.</summary>
    public static CaseState Apply(CaseState? state, CaseEvent e, CompiledDefinition definition)
    {
        ArgumentNullException.ThrowIfNull(e);
        ArgumentNullException.ThrowIfNull(definition);
        var p = e.Payload;
        var moved = Move(state ?? Create(e), e, definition);
        var next = e.Trigger switch
        {
            Triggers.Triage => moved with { Jurisdiction = p.Jurisdiction ?? moved.Jurisdiction },
            Triggers.Dispatch => moved with { Platform = p.Platform, LeadOffice = null, CoHandlers = [], RoutedAt = e.At },
            Triggers.Assign => moved with
            {
                LeadOffice = p.LeadOffice,
                CoHandlers = (p.CoHandlers ?? []).Select(o => new CoHandler(o, false)).ToImmutableList(),
                RoutedAt = e.At,
                SignForDeadline = p.Deadline,
                LastUrgedAt = null,
            },
            Triggers.ReportCoHandling => moved with
            {
                CoHandlers = moved.CoHandlers.Select(c => c.Office == p.Office ? c with { Reported = true } : c).ToImmutableList(),
            },
            Triggers.Complete => moved with { Result = p.Result },
            Triggers.CountyAccept => moved with
            {
                CountyStatus = CountyStatuses.Accepted,
                CountyCaseNumber = p.CountyCaseNumber,
                CountyDeadline = p.Deadline,
                CountyUrges = 0,
            },
            Triggers.CountyAssign => moved with { CountyStatus = CountyStatuses.Assigned, CountyDepartment = p.Department },
            Triggers.CountyResolve => moved with { CountyStatus = CountyStatuses.Resolved, Result = p.Result },
            Triggers.CountySendBack => moved with { CountyStatus = CountyStatuses.SentBack, Jurisdiction = Workflows.Model.Jurisdictions.Township },
            Triggers.RecordFeedback => moved with { Feedback = p.Feedback },
            Triggers.RequestExtension => moved with { RequestedExtensionDays = p.WorkingDays },
            Triggers.DecideExtension when p.Approved == true => moved with
            {
                Extensions = moved.Extensions + 1,
                ExtensionDays = moved.ExtensionDays + (p.WorkingDays ?? 0),
                HandlingDeadline = p.Deadline ?? moved.HandlingDeadline,
                RequestedExtensionDays = null,
            },
            Triggers.DecideExtension => moved with { RequestedExtensionDays = null },
            Triggers.Rate => moved with { Rating = p.Rating },
            Triggers.Migrate => moved with { DefinitionVersion = e.DefinitionVersion },
            Triggers.RecomputeDeadline when moved.SignForDeadline is not null => moved with { SignForDeadline = p.Deadline },
            Triggers.RecomputeDeadline => moved with { HandlingDeadline = p.Deadline },
            _ => moved,
        };
        var evolved = e.Effects.Aggregate(next, (s, effect) => CaseEffects.Of(effect).Evolve(s, e));
        return p.CalendarVersion is { } calendar ? evolved with { CalendarVersion = calendar, UndeclaredYears = [.. p.UndeclaredYears ?? []] } : evolved;
    }

    private static CaseState Create(CaseEvent e)
    {
        var p = e.Payload;
        return new CaseState
        {
            Id = e.CaseId,
            ClientKey = p.ClientKey ?? "",
            DefinitionVersion = e.DefinitionVersion,
            Workflow = "",
            State = "",
            Category = p.Category ?? "",
            Title = p.Title ?? "",
            Description = p.Description ?? "",
            Channel = p.Channel ?? "",
            Priority = p.Priority ?? "normal",
            Reporter = p.Reporter,
            Location = p.Location,
            Village = p.Village,
            Grid = p.Grid,
            Jurisdiction = p.Jurisdiction ?? "",
            CountyStatus = p.CountyCaseNumber is null ? null : CountyStatuses.HandedDown,
            CountyCaseNumber = p.CountyCaseNumber,
            CountyDeadline = p.Deadline,
            SubmittedAt = e.At,
        };
    }

    private static CaseState Move(CaseState state, CaseEvent e, CompiledDefinition definition)
    {
        var dot = e.To.IndexOf('.', StringComparison.Ordinal);
        var workflow = e.To[..dot];
        var stateId = e.To[(dot + 1)..];
        return state with
        {
            Workflow = workflow,
            State = stateId,
            Supervision = e.Supervision,
            Version = e.Sequence,
            LastHash = e.Hash,
            UpdatedAt = e.At,
            IsFinal = definition.Workflows.TryGetValue(workflow, out var w) && w.Definition.States.Any(s => s.Id == stateId && s.Final),
        };
    }
}
