using System.Diagnostics;
using CaseFlow.Engine.Attachments;
using CaseFlow.Engine.History;
using CaseFlow.Engine.Input;
using CaseFlow.Engine.Messaging;
using CaseFlow.Engine.Privacy;
using CaseFlow.Engine.Supervision;
using CaseFlow.Engine.Telemetry;

namespace CaseFlow.Engine.Cases;

// Commands and timers: a command or a due timer applied to an existing case, decided, appended and published.
public sealed partial class CaseService
{
    /// <summary>Applies a command to an existing case.</summary>
    public Task<CommandOutcome> ExecuteAsync(CaseCommand command, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(command);
        return InputBounds.Check(command) is { Count: > 0 } unbounded
            ? RejectUnboundedAsync(command, unbounded, cancellationToken)
            : WithAttachmentsAsync(command, (claimed, claim) => ApplyAsync(claimed, null, claim, cancellationToken), cancellationToken);
    }

    /// <summary>
    /// Fires a due timer: the supervision step it stands for, decided like any command (actor <c>system</c>) and appended with
    /// the case's next timers, so the timer is consumed in the transaction that records its event. A timer the case has moved
    /// past (another step came first, the case ended) changes nothing, publishes nothing and is dropped.
    /// </summary>
    public Task<CommandOutcome> FireTimerAsync(CaseTimer timer, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(timer);
        var command = new CaseCommand
        {
            // The trigger is the one the case's definition declares the timer to fire, read once the case is folded (ApplyAsync).
            Trigger = timer.Kind,
            CaseId = timer.CaseId,
            Actor = Positions.TimerPump,
            Identity = Positions.TimerPump,
            Payload = new CasePayload { Timer = timer.Kind, DueAt = timer.DueAt },
        };
        return ApplyAsync(command, timer, null, cancellationToken);
    }

    private async Task<CommandOutcome> ApplyAsync(CaseCommand command, CaseTimer? timer, AttachmentClaim? claim, CancellationToken cancellationToken)
    {
        using var activity = CaseFlowTelemetry.StartCommand(command.Trigger, command.CaseId, command.Actor);
        if (command.CaseId == Guid.Empty)
        {
            return await RejectAsync(command, Decision.Reject($"'{command.Trigger}' names no case", [new FieldProblem("caseId", "caseId is required: the id of the case the command is for")]), cancellationToken);
        }

        if (PersonalFields.SealedInput(command.Payload) is { } sealedInput)
        {
            return await RejectAsync(command, Decision.Reject(sealedInput.Message, [sealedInput]), cancellationToken);
        }

        // Set once a refusal was decided on a cached state: the command is then decided again on the stored history.
        var fromStore = false;
        for (var attempt = 1; ; attempt++)
        {
            // The inbox is asked only where its answer changes what happens. An accepted command's append refuses a message already
            // applied (its inbox row is written in the same transaction, and the conflict sends the command round again, asking
            // first this time); a refusal asks before it is answered. So a command met once costs no read of the inbox.
            if (attempt > 1 && await AlreadyAppliedAsync(command, cancellationToken) is { } repeated)
            {
                return repeated;
            }

            var cached = fromStore ? null : _states.Find(command.CaseId);
            if ((cached is null ? await LoadAsync(command.CaseId, cancellationToken) : (cached.State, cached.Definition)) is not ({ } state, { } definition))
            {
                return timer is null
                    ? await RejectAsync(command, Decision.Reject($"there is no case {command.CaseId}"), cancellationToken, notFound: true)
                    : await DropTimerAsync(timer, Decision.Reject($"there is no case {command.CaseId}"), cancellationToken);
            }

            var decided = command;
            if (timer is not null && SupervisionTimers.TriggerOf(timer.Kind, definition) is { } fires)
            {
                decided = command with { Trigger = fires };
            }

            var calendars = _definitions.Calendars.Current;
            var deciding = Stopwatch.GetTimestamp();
            Decision decision;
            using (CaseFlowTelemetry.Source.StartActivity("caseflow.decide"))
            {
                decision = CaseDecider.Decide(state, decided, definition, _time.GetUtcNow(), calendars);
            }

            CaseFlowTelemetry.DecisionDuration.Record(CaseFlowTelemetry.Since(deciding), CaseFlowTelemetry.CommandTags(decided.Trigger, decided.Actor, definition));
            var recorded = decision.IsAccepted ? await _vault.SealAsync(decided.CaseId, decision.Events, definition.PersonalFields, cancellationToken) : null;
            if (recorded is not null && claim is not null && !await _attachments.KeepAsync(decided.CaseId, claim, cancellationToken))
            {
                // The case's key was erased since: like any personal data, its attachments could not be sealed.
                recorded = null;
            }

            if (recorded is null)
            {
                if (cached is not null)
                {
                    // A cached state may be behind the store (another instance, or a writer outside this service, appended since):
                    // nobody is refused on it. An accepted command needs no such check, its append being refused when it is behind.
                    _states.Evict(command.CaseId, state.Version);
                    fromStore = true;
                    continue;
                }

                if (await AlreadyAppliedAsync(command, cancellationToken) is { } applied)
                {
                    return applied;
                }

                var refusal = decision.IsAccepted
                    ? Decision.Reject($"case {command.CaseId}'s personal data was erased; it records no more personal data ('{decided.Trigger}' carries some{(claim is null ? "" : ", or attachments")})")
                    : decision;
                return timer is null ? await RejectAsync(decided, refusal, cancellationToken) : await DropTimerAsync(timer, refusal, cancellationToken);
            }

            var events = EventChain.Seal(recorded, state.LastHash);
            var next = events.Aggregate(state, (s, e) => CaseEvolver.Apply(s, e, definition));
            var messages = _outbox.Prepare(OutboundMessages.For(events, next, definition), next.Id);
            var planned = SupervisionSchedule.Plan(next, definition, calendars);
            var appending = Stopwatch.GetTimestamp();
            try
            {
                using (CaseFlowTelemetry.Source.StartActivity("caseflow.append"))
                {
                    await _store.AppendAsync(next, state.Version, events, command.MessageId, planned, messages, cancellationToken);
                }
            }
            catch (ConcurrencyConflictException) when (attempt < MaxAttempts)
            {
                _states.Evict(command.CaseId, state.Version);
                CaseServiceLog.Retrying(_logger, command.CaseId, decided.Trigger, attempt + 1);
                continue;
            }

            var tags = CaseFlowTelemetry.CommandTags(decided.Trigger, decided.Actor, definition);
            CaseFlowTelemetry.AppendDuration.Record(CaseFlowTelemetry.Since(appending), tags);
            CaseFlowTelemetry.Accepted.Add(1, tags);
            _states.Put(next, definition);
            CaseServiceLog.Applied(_logger, state.Id, decided.Trigger, decided.Actor, state.Position, next.Position);
            foreach (var provisional in events.Where(e => e.Payload is { Deadline: not null, UndeclaredYears.Count: > 0 }))
            {
                CaseServiceLog.ProvisionalDeadline(_logger, state.Id, provisional.Payload.Deadline!.Value, string.Join(", ", provisional.Payload.UndeclaredYears!), provisional.Payload.CalendarVersion!.Value);
            }

            using (CaseFlowTelemetry.Source.StartActivity("caseflow.publish"))
            {
                await _outbox.DeliverAsync(messages, cancellationToken);
            }

            return CommandOutcome.Accepted(next, events, planned);
        }
    }

    /// <summary>
    /// The case as stored when the command's message was applied already (perhaps by another instance): answered so, never decided
    /// again; null when it was not (or the command came with no message id).
    /// </summary>
    private async Task<CommandOutcome?> AlreadyAppliedAsync(CaseCommand command, CancellationToken cancellationToken)
    {
        if (command.MessageId is not { } messageId || !await _store.HasProcessedAsync(messageId, cancellationToken)
            || await LoadAsync(command.CaseId, cancellationToken) is not ({ } applied, _))
        {
            return null;
        }

        return CommandOutcome.AlreadyApplied(applied);
    }

    /// <summary>A timer that no longer applies is removed without telling anyone: nobody sent it, so nobody awaits a refusal.</summary>
    private async Task<CommandOutcome> DropTimerAsync(CaseTimer timer, Decision decision, CancellationToken cancellationToken)
    {
        CaseServiceLog.TimerDropped(_logger, timer.CaseId, timer.Kind, timer.DueAt, decision.Rejection);
        await _store.DeleteTimerAsync(timer, cancellationToken);
        return CommandOutcome.Rejected(decision);
    }
}
