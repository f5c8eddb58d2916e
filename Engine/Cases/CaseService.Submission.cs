using System.Diagnostics;
using CaseFlow.Engine.Attachments;
using CaseFlow.Engine.Telemetry;
using CaseFlow.Engine.History;
using CaseFlow.Engine.Input;
using CaseFlow.Engine.Messaging;
using CaseFlow.Engine.Privacy;
using CaseFlow.Engine.Supervision;

namespace CaseFlow.Engine.Cases;

// Submission: a new case from a submission, and a submission sent again under its client key.
public sealed partial class CaseService
{
    /// <summary>
    /// Creates a case, or returns the one this client key already created when the same submitter sends the same submission again;
    /// the key sent with any other submission is refused.
    /// </summary>
    public async Task<CommandOutcome> SubmitAsync(CaseCommand command, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(command);
        using var activity = CaseFlowTelemetry.StartCommand(Triggers.Submit, command.CaseId, command.Actor);
        if (InputBounds.Check(command) is { Count: > 0 } unbounded)
        {
            return await RejectUnboundedAsync(command, unbounded, cancellationToken);
        }

        if (PersonalFields.SealedInput(command.Payload) is { } sealedInput)
        {
            return await RejectAsync(command, Decision.Reject(sealedInput.Message, [sealedInput]), cancellationToken);
        }

        // A resend of a submission already recorded names uploads it took already: it is answered before they are looked for.
        if (command.Attachments is { Count: > 0 } && command.Payload.ClientKey is { Length: > 0 } resent
            && await _store.FindByClientKeyAsync(resent, cancellationToken) is { } recordedCase)
        {
            return await ExistingSubmissionAsync(command, recordedCase, cancellationToken);
        }

        return await WithAttachmentsAsync(command, (claimed, claim) => SubmitClaimedAsync(claimed, claim, cancellationToken), cancellationToken);
    }

    /// <summary>Decides and records a submission whose attachments (if any) were claimed.</summary>
    private async Task<CommandOutcome> SubmitClaimedAsync(CaseCommand command, AttachmentClaim? claim, CancellationToken cancellationToken)
    {
        string? number = null;
        for (var attempt = 1; ; attempt++)
        {
            if (command.Payload.ClientKey is { Length: > 0 } key && await _store.FindByClientKeyAsync(key, cancellationToken) is { } existing)
            {
                return await ExistingSubmissionAsync(command, existing, cancellationToken);
            }

            var (version, definition) = _definitions.GetCurrent();
            var deciding = Stopwatch.GetTimestamp();
            Decision decision;
            var now = _time.GetUtcNow();
            using (CaseFlowTelemetry.Source.StartActivity("caseflow.decide"))
            {
                decision = CaseDecider.Submit(command, definition, version, now);
            }

            var tags = CaseFlowTelemetry.CommandTags(Triggers.Submit, command.Actor, definition);
            CaseFlowTelemetry.DecisionDuration.Record(CaseFlowTelemetry.Since(deciding), tags);
            if (!decision.IsAccepted)
            {
                return await RejectAsync(command, decision, cancellationToken);
            }

            // Numbered only once accepted, so a refusal takes no number; a retry keeps the one taken (unless its day has passed).
            number = await NumberAsync(definition, now, number, cancellationToken);
            if (number is not null)
            {
                decision = CaseDecider.Numbered(decision, number);
            }

            var recorded = await _vault.SealAsync(command.CaseId, decision.Events, definition.PersonalFields, cancellationToken)
                ?? throw new InvalidOperationException($"case {command.CaseId} is new, yet its personal data key was erased");
            if (claim is not null && !await _attachments.KeepAsync(command.CaseId, claim, cancellationToken))
            {
                throw new InvalidOperationException($"case {command.CaseId} is new, yet its personal data key was erased");
            }

            var events = EventChain.Seal(recorded, null);
            var state = CaseEvolver.Apply(null, events[0], definition);
            var messages = _outbox.Prepare([.. OutboundMessages.For(events, state, definition), .. Receipt(state)], state.Id);
            var planned = SupervisionSchedule.Plan(state, definition, _definitions.Calendars.Current);
            var appending = Stopwatch.GetTimestamp();
            try
            {
                using (CaseFlowTelemetry.Source.StartActivity("caseflow.append"))
                {
                    await _store.AppendAsync(state, 0, events, command.MessageId, planned, messages, cancellationToken);
                }
            }
            catch (DuplicateClientKeyException)
            {
                var winner = await _store.FindByClientKeyAsync(state.ClientKey, cancellationToken);
                return await ExistingSubmissionAsync(command, winner!.Value, cancellationToken);
            }
            catch (ConcurrencyConflictException) when (attempt < MaxAttempts)
            {
                // The case id was taken first. By another delivery of this message (another instance took a copy, both appends
                // waiting in their commit queues at once): answered as already applied, as a later copy finds it in the inbox. By
                // the same submission sent again under the same client key: answered as any resend is. By anything else: refused.
                // Not stored yet (PostgreSQL chose this append as a deadlock's victim while the other is still uncommitted): the
                // submission is decided again, and finds the other's case once it is committed.
                if (await LoadAsync(command.CaseId, cancellationToken) is not ({ } stored, _))
                {
                    CaseServiceLog.Retrying(_logger, command.CaseId, Triggers.Submit, attempt + 1);
                    continue;
                }

                if (command.MessageId is { } messageId && await _store.HasProcessedAsync(messageId, cancellationToken))
                {
                    return CommandOutcome.AlreadyApplied(stored);
                }

                return stored.ClientKey == state.ClientKey
                    ? await ExistingSubmissionAsync(command, stored.Id, cancellationToken)
                    : await RejectAsync(command, Decision.Reject($"case {command.CaseId} already exists; submit creates a new case, under an id of its own"), cancellationToken);
            }

            CaseFlowTelemetry.AppendDuration.Record(CaseFlowTelemetry.Since(appending), tags);
            CaseFlowTelemetry.Accepted.Add(1, tags);
            _states.Put(state, definition);
            CaseServiceLog.Received(_logger, state.Id, state.Category, state.Channel);
            using (CaseFlowTelemetry.Source.StartActivity("caseflow.publish"))
            {
                await _outbox.DeliverAsync(messages, cancellationToken);
            }

            return CommandOutcome.Accepted(state, events, planned);
        }
    }

    /// <summary>The receipt a reporter gets for a new case, carrying their link to it; none when nobody is named to send it to.</summary>
    private IEnumerable<object> Receipt(CaseState state)
    {
        if (state.Reporter is not { } reporter)
        {
            yield break;
        }

        var link = _reporterLinks.Link(state.Id);
        yield return new Contracts.Events.ReporterNotified
        {
            CaseId = state.Id,
            Reporter = reporter.Name,
            Phone = reporter.Phone,
            Message = $"您反映的问题已受理（编号 {CaseNumbers.Label(state)}）。查看办理进度、确认办理结果和评价，请访问：{link}",
            Link = link,
            Code = _reporterLinks.Issue(state.Id),
        };
    }

    /// <summary>
    /// The case a client key created, when the submission sent now is the one it recorded; otherwise a refusal that tells the same
    /// submitter which fields differ, and another submitter nothing of the case.
    /// </summary>
    private async Task<CommandOutcome> ExistingSubmissionAsync(CaseCommand command, Guid caseId, CancellationToken cancellationToken)
    {
        var view = await GetAsync(caseId, cancellationToken);

        // The recorded submission holds personal data sealed; the new one holds it as sent. (Erased data never matches.)
        var recorded = await _vault.ShowAsync(view!.History[0], disclose: true, cancellationToken: cancellationToken);
        var definition = await _definitions.GetAsync(recorded.DefinitionVersion, cancellationToken);
        if (SubmissionMatch.Same(command, recorded, definition))
        {
            return CommandOutcome.AlreadySubmitted(view.State);
        }

        var key = command.Payload.ClientKey;
        var reason = SubmissionMatch.SameSubmitter(command, recorded)
            ? $"client key '{key}' was already used for another submission (case {caseId}), which differs in: {string.Join(", ", SubmissionMatch.Differences(command, recorded, definition))}; "
              + "send exactly that submission again to be answered with its case, or give this one a new client key"
            : $"client key '{key}' was already used for another submission, by another submitter; give this submission a client key of its own";
        return await RejectAsync(command, Decision.Reject(reason), cancellationToken);
    }
}
