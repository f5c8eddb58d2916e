using CaseFlow.Engine.Calendars;
using CaseFlow.Engine.Supervision;
using CaseFlow.Workflows.Compilation;

namespace CaseFlow.Engine.Cases;

/// <summary>
/// The pure decision function: given a case, a command and the case's definition, the events to record or a rejection.
/// The compiled Stateless machine decides what is permitted; nothing here touches I/O or the clock.
/// </summary>
public static class CaseDecider
{
    /// <summary>Decides a submission: a new case in the entry workflow's initial state, or field-level errors.</summary>
    public static Decision Submit(CaseCommand command, CompiledDefinition definition, int definitionVersion, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(command);
        ArgumentNullException.ThrowIfNull(definition);
        var submitted = Submitted(command, definition);
        if (!string.IsNullOrWhiteSpace(command.Actor) && Permissions.SubmissionRefusal(command.Actor, submitted, definition) is { } forbidden)
        {
            return Decision.Forbid(forbidden);
        }

        var problems = SubmissionRules.Check(command.Actor, submitted, definition);
        if (problems.Count > 0)
        {
            return Decision.Reject($"the submission has {problems.Count} problem(s): {string.Join("; ", problems.Select(p => p.Message))}", problems);
        }

        var entry = definition.Entry;
        var payload = submitted with
        {
            Number = null,
            Jurisdiction = definition.Category(command.Payload.Category!)!.Jurisdiction,
        };
        return Decision.Accept(new CaseEvent
        {
            CaseId = command.CaseId,
            Sequence = 1,
            Trigger = Triggers.Submit,
            From = "",
            Reached = definition.Position(entry.Id, entry.Definition.Initial),
            To = definition.Position(entry.Id, entry.Definition.Initial),
            Actor = command.Actor,
            Identity = command.Identity ?? "",
            ActorKind = ActorKinds.Classify(command.Actor, definition),
            At = now,
            DefinitionVersion = definitionVersion,
            Payload = payload,
        });
    }

    /// <summary>
    /// An accepted submission with the case number the service gave it recorded in its event (see <see cref="CaseNumbers"/>): the
    /// number is part of the recorded history, so a replay reads it and never gives another.
    /// </summary>
    public static Decision Numbered(Decision submission, string number)
    {
        ArgumentNullException.ThrowIfNull(submission);
        ArgumentException.ThrowIfNullOrEmpty(number);
        if (!submission.IsAccepted || submission.Events is not [{ Trigger: Triggers.Submit } e])
        {
            throw new ArgumentException("only an accepted submission is given a case number", nameof(submission));
        }

        return Decision.Accept(e with { Payload = e.Payload with { Number = number } });
    }

    /// <summary>
    /// Decides a command on an existing case; the deadlines it sets are computed on the current of <paramref name="calendars"/> (none
    /// given: on the definition's calendar, recording no calendar version).
    /// </summary>
    public static Decision Decide(CaseState state, CaseCommand command, CompiledDefinition definition, DateTimeOffset now, CalendarSet? calendars = null)
    {
        ArgumentNullException.ThrowIfNull(state);
        ArgumentNullException.ThrowIfNull(command);
        ArgumentNullException.ThrowIfNull(definition);
        calendars ??= CalendarSet.None;
        if (command.Trigger == Triggers.Submit)
        {
            return Decision.Reject($"case {state.Id} already exists; submit creates a new case");
        }

        if (command.Trigger == Triggers.Migrate)
        {
            return Decision.Reject("a case moves to another definition version only by an administrator's migration (POST /admin/migrations/apply), never by a command");
        }

        if (command.Trigger == Triggers.RecomputeDeadline)
        {
            return Decision.Reject("a deadline is recomputed only by CaseFlow, when a calendar declaring its year is published (POST /admin/calendar/publish), never by a command");
        }

        if (state.IsFinal && !RecordsAfterTheEnd(state, command.Trigger, definition))
        {
            return Decision.Reject($"the case has ended ({state.Position}); '{command.Trigger}' cannot be applied to it{AfterTheEnd(state, definition)}");
        }

        if (string.IsNullOrWhiteSpace(command.Actor))
        {
            return Decision.Reject($"'{command.Trigger}' names no actor", [new FieldProblem("actor", "actor is required: the position the command is sent in (an office, leader, grid member, the command room or a system)")]);
        }

        // Who may send it is settled before its data or its timing is looked at: a caller the definition does not admit learns nothing more.
        if (Permissions.Transitions(state, command.Trigger, definition) is { Count: > 0 } candidates
            && Permissions.Refusal(Permissions.Senders(candidates), command.Trigger, state, command, definition) is { } forbidden)
        {
            return Decision.Forbid(forbidden);
        }

        if (SupervisionRules.TimerRefusal(state, command, definition, now, calendars) is { } stale)
        {
            return Decision.Reject(stale);
        }

        var problems = new List<FieldProblem>();
        var payload = CaseTriggers.Of(command.Trigger).Check(state, command, definition, problems);
        if (problems.Count > 0)
        {
            return Decision.Reject($"'{command.Trigger}' has {problems.Count} problem(s): {string.Join("; ", problems.Select(p => p.Message))}", problems);
        }

        var facts = new CaseFacts(state, payload, definition);
        var beside = definition.BesideDeclaring(command.Trigger);
        if (beside is not null)
        {
            return DecideBeside(state, command, payload, beside, facts, now, definition);
        }

        var workflow = definition.Workflows[state.Workflow];
        if (!workflow.Declares(command.Trigger))
        {
            return Decision.Reject($"'{command.Trigger}' cannot be applied in {state.Position}: it is not a trigger of workflow '{workflow.Id}'; permitted now: {Vocabulary.List(PermittedTriggers(state, definition))}");
        }

        var outcome = workflow.Fire(state.State, command.Trigger, facts);
        if (!outcome.IsPermitted)
        {
            return Decision.Reject(outcome.Refusal!);
        }

        if (Permissions.Refusal(outcome.Transition!.By, command.Trigger, state, command with { Payload = payload }, definition) is { } notThisWay)
        {
            return Decision.Forbid(notThisWay);
        }

        if (SupervisionRules.Refusal(state, command, definition, now, calendars) is { } refusal)
        {
            return Decision.Reject($"'{command.Trigger}' is refused: {refusal}");
        }

        if (Assessment.CallbackRules.Refusal(state, command, payload, definition, now, calendars) is { } callbackRefusal)
        {
            return Decision.Reject($"'{command.Trigger}' is refused: {callbackRefusal}");
        }

        var transition = outcome.Transition!;
        payload = SupervisionRules.Stamp(state, payload, transition.Effects, definition, now, calendars);
        var reached = workflow.State(transition.To);
        var (nextWorkflow, nextState) = reached.ContinuesIn is { } next
            ? (next.Workflow, next.State ?? definition.Workflows[next.Workflow].Definition.Initial)
            : (workflow.Id, reached.Id);
        return Decision.Accept(new CaseEvent
        {
            CaseId = state.Id,
            Sequence = state.Version + 1,
            Trigger = command.Trigger,
            From = state.Position,
            Reached = definition.Position(workflow.Id, reached.Id),
            To = definition.Position(nextWorkflow, nextState),
            Supervision = SupervisionAfter(state, nextWorkflow, definition),
            Actor = command.Actor,
            Identity = command.Identity ?? "",
            ActorKind = ActorKinds.Classify(command.Actor, definition),
            At = now,
            DefinitionVersion = state.DefinitionVersion,
            Payload = payload,
            Effects = transition.Effects,
        });
    }

    /// <summary>
    /// Every trigger the case would accept now, from its workflow and any workflow running beside it. A trigger whose guard reads
    /// data the command itself supplies (the reporter's feedback, an extension decision, co-handlers …) is listed when its state
    /// allows it, since the command's data decides which way it goes.
    /// </summary>
    public static IReadOnlyList<string> PermittedTriggers(CaseState state, CompiledDefinition definition)
    {
        ArgumentNullException.ThrowIfNull(state);
        ArgumentNullException.ThrowIfNull(definition);
        var facts = new CaseFacts(state, CasePayload.Empty, definition);
        if (state.IsFinal)
        {
            // An ended case takes only what its final state records after the end (the callback survey, 回访).
            return definition.Workflows[state.Workflow].PermittedTriggers(state.State, facts).ToList();
        }

        var workflow = definition.Workflows[state.Workflow];
        var permitted = workflow.PermittedTriggers(state.State, facts).ToList();
        permitted.AddRange(workflow.Definition.Transitions
            .Where(t => t.From == state.State && t.Guard is not null && CaseFacts.ReadsCommandData(t.Guard))
            .Select(t => t.Trigger));
        if (state.Supervision is not null && definition.BesideOf(state.Workflow) is { } beside)
        {
            permitted.AddRange(beside.PermittedTriggers(state.Supervision, facts));
        }

        return permitted.Distinct(StringComparer.Ordinal).ToList();
    }

    /// <summary>
    /// A submission's data as its first event records it, but for what the definition adds (the jurisdiction): the submitter's
    /// own grid (and its village) for a grid member who names none, else the grid and village its point lies in
    /// (<see cref="Placement"/>), and the priority <c>normal</c> when none is given. Public so that
    /// a form can ask <see cref="Permissions.SubmissionRefusal"/> about the submission the engine would judge.
    /// </summary>
    public static CasePayload Submitted(CaseCommand command, CompiledDefinition definition)
    {
        ArgumentNullException.ThrowIfNull(command);
        ArgumentNullException.ThrowIfNull(definition);
        var payload = Placement.Place(OwnGrid(command.Actor, command.Payload, definition), definition);
        return payload with { Priority = payload.Priority ?? "normal" };
    }

    private static CasePayload OwnGrid(string actor, CasePayload payload, CompiledDefinition definition)
    {
        if (payload.Grid is not null || definition.Definition.Organisation.Grids.FirstOrDefault(g => g.Member.Id == actor) is not { } grid)
        {
            return payload;
        }

        return payload with { Grid = grid.Id, Village = payload.Village ?? grid.Village };
    }

    private static Decision DecideBeside(CaseState state, CaseCommand command, CasePayload payload, CompiledWorkflow beside, CaseFacts facts, DateTimeOffset now, CompiledDefinition definition)
    {
        if (state.Workflow != beside.Definition.RunsBeside || state.Supervision is null)
        {
            return Decision.Reject($"'{command.Trigger}' belongs to '{beside.Id}', which runs only while the case is in '{beside.Definition.RunsBeside}'; the case is in {state.Position}");
        }

        var outcome = beside.Fire(state.Supervision, command.Trigger, facts);
        if (!outcome.IsPermitted)
        {
            return Decision.Reject(outcome.Refusal!);
        }

        if (Permissions.Refusal(outcome.Transition!.By, command.Trigger, state, command, definition) is { } forbidden)
        {
            return Decision.Forbid(forbidden);
        }

        return Decision.Accept(new CaseEvent
        {
            CaseId = state.Id,
            Sequence = state.Version + 1,
            Trigger = command.Trigger,
            From = state.Position,
            Reached = definition.Position(beside.Id, outcome.Transition!.To),
            To = state.Position,
            Supervision = outcome.Transition.To,
            Actor = command.Actor,
            Identity = command.Identity ?? "",
            ActorKind = ActorKinds.Classify(command.Actor, definition),
            At = now,
            DefinitionVersion = state.DefinitionVersion,
            Payload = payload,
            Effects = outcome.Transition.Effects,
        });
    }

    /// <summary>True when the case's final state declares the trigger as a record kept after the end (a transition back to itself).</summary>
    private static bool RecordsAfterTheEnd(CaseState state, string trigger, CompiledDefinition definition) =>
        definition.Workflows.TryGetValue(state.Workflow, out var workflow)
        && workflow.Definition.Transitions.Any(t => t.From == state.State && t.To == state.State && t.Trigger == trigger);

    private static string AfterTheEnd(CaseState state, CompiledDefinition definition)
    {
        var after = definition.Workflows.TryGetValue(state.Workflow, out var workflow)
            ? workflow.Definition.Transitions.Where(t => t.From == state.State).Select(t => t.Trigger).Distinct().ToList()
            : [];
        return after.Count == 0 ? "" : $"; an ended case in this state takes only: {Vocabulary.List(after)}";
    }

    /// <summary>Supervision starts when a case enters the workflow it runs beside, carries on while it stays there, and ends when it leaves.</summary>
    private static string? SupervisionAfter(CaseState state, string nextWorkflow, CompiledDefinition definition)
    {
        if (definition.BesideOf(nextWorkflow) is not { } beside)
        {
            return null;
        }

        return state.Workflow == nextWorkflow && state.Supervision is not null ? state.Supervision : beside.Definition.Initial;
    }
}
