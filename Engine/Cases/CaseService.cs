using CaseFlow.Engine.Definitions;
using CaseFlow.Engine.History;
using CaseFlow.Engine.Input;
using CaseFlow.Engine.Messaging;
using CaseFlow.Engine.Outbox;
using CaseFlow.Engine.Privacy;
using CaseFlow.Engine.Reporting;
using CaseFlow.Engine.Supervision;
using CaseFlow.Workflows.Compilation;
using Microsoft.Extensions.Logging;

namespace CaseFlow.Engine.Cases;

/// <summary>
/// Runs commands against cases: takes the case's state from the cache (or reads and folds its history), lets the pinned definition
/// decide, appends with optimistic concurrency (retrying on a conflict) together with the timers the case now has and the messages
/// its events cause (the outbox), then publishes those messages. The one path every transport, HTTP and the timer pump share.
/// </summary>
/// <param name="store">The case histories.</param>
/// <param name="definitions">The definition versions.</param>
/// <param name="publisher">Where rejections go (they record nothing, so they are published directly).</param>
/// <param name="outbox">Where the messages accepted commands cause go.</param>
/// <param name="time">The clock.</param>
/// <param name="logger">The log.</param>
/// <param name="reporterLinks">Issues the reporter's link to a new case, sent with the receipt.</param>
/// <param name="personalData">Seals the personal data events record (by default a vault under a key for this process alone).</param>
/// <param name="states">
/// The case states kept between commands (by default the cache every component on <paramref name="store"/> without one shares).
/// </param>
public sealed class CaseService(
    ICaseStore store,
    DefinitionRegistry definitions,
    IOutboundPublisher publisher,
    CaseOutbox outbox,
    TimeProvider time,
    ILogger<CaseService> logger,
    ReporterLinks reporterLinks,
    PersonalDataVault? personalData = null,
    CaseStateCache? states = null)
{
    private readonly PersonalDataVault _vault = personalData ?? PersonalDataVault.Ephemeral(store);
    private readonly CaseStateCache _states = states ?? CaseStateCache.Shared(store);

    /// <summary>A case service whose outbox publishes through <paramref name="publisher"/> with default settings and reporter links good for this process alone (tests, tools).</summary>
    public CaseService(ICaseStore store, DefinitionRegistry definitions, IOutboundPublisher publisher, TimeProvider time, ILogger<CaseService> logger)
        : this(store, definitions, publisher, new CaseOutbox(store, publisher, time), time, logger, ReporterLinks.Ephemeral())
    {
    }

    /// <summary>A case service with reporter links good for this process alone (tests, tools).</summary>
    public CaseService(ICaseStore store, DefinitionRegistry definitions, IOutboundPublisher publisher, CaseOutbox outbox, TimeProvider time, ILogger<CaseService> logger)
        : this(store, definitions, publisher, outbox, time, logger, ReporterLinks.Ephemeral())
    {
    }

    /// <summary>The reporter links this service issues (the reporter's endpoints check codes with them).</summary>
    public ReporterLinks ReporterLinks => reporterLinks;

    /// <summary>The vault that seals the personal data this service records (read paths open it with the same one).</summary>
    public PersonalDataVault PersonalData => _vault;

    /// <summary>The case states this service keeps between commands.</summary>
    public CaseStateCache States => _states;

    // Each conflict means another command on this case was applied first, so a command gives up only after that many others
    // overtook it. Simultaneous commands settle one per round, so the budget must exceed a burst on one case, not just a few.
    private const int MaxAttempts = 64;

    /// <summary>
    /// Creates a case, or returns the one this client key already created when the same submitter sends the same submission again;
    /// the key sent with any other submission is refused.
    /// </summary>
    public async Task<CommandOutcome> SubmitAsync(CaseCommand command, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(command);
        if (InputBounds.Check(command) is { Count: > 0 } unbounded)
        {
            return await RejectUnboundedAsync(command, unbounded, cancellationToken);
        }

        if (PersonalFields.SealedInput(command.Payload) is { } sealedInput)
        {
            return await RejectAsync(command, Decision.Reject(sealedInput.Message, [sealedInput]), cancellationToken);
        }

        for (var attempt = 1; ; attempt++)
        {
            if (command.Payload.ClientKey is { Length: > 0 } key && await store.FindByClientKeyAsync(key, cancellationToken) is { } existing)
            {
                return await ExistingSubmissionAsync(command, existing, cancellationToken);
            }

            var (version, definition) = definitions.GetCurrent();
            var decision = CaseDecider.Submit(command, definition, version, time.GetUtcNow());
            if (!decision.IsAccepted)
            {
                return await RejectAsync(command, decision, cancellationToken);
            }

            var recorded = await _vault.SealAsync(command.CaseId, decision.Events, definition.PersonalFields, cancellationToken)
                ?? throw new InvalidOperationException($"case {command.CaseId} is new, yet its personal data key was erased");
            var events = EventChain.Seal(recorded, null);
            var state = CaseEvolver.Apply(null, events[0], definition);
            var messages = outbox.Prepare([.. OutboundMessages.For(events, state, definition), .. Receipt(state)], state.Id);
            var planned = SupervisionSchedule.Plan(state, definition, definitions.Calendars.Current);
            try
            {
                await store.AppendAsync(state, 0, events, command.MessageId, planned, messages, cancellationToken);
            }
            catch (DuplicateClientKeyException)
            {
                var winner = await store.FindByClientKeyAsync(state.ClientKey, cancellationToken);
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
                    CaseServiceLog.Retrying(logger, command.CaseId, Triggers.Submit, attempt + 1);
                    continue;
                }

                if (command.MessageId is { } messageId && await store.HasProcessedAsync(messageId, cancellationToken))
                {
                    return CommandOutcome.AlreadyApplied(stored);
                }

                return stored.ClientKey == state.ClientKey
                    ? await ExistingSubmissionAsync(command, stored.Id, cancellationToken)
                    : await RejectAsync(command, Decision.Reject($"case {command.CaseId} already exists; submit creates a new case, under an id of its own"), cancellationToken);
            }

            _states.Put(state, definition);
            CaseServiceLog.Received(logger, state.Id, state.Category, state.Channel);
            await outbox.DeliverAsync(messages, cancellationToken);
            return CommandOutcome.Accepted(state, events, planned);
        }
    }

    /// <summary>Applies a command to an existing case.</summary>
    public Task<CommandOutcome> ExecuteAsync(CaseCommand command, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(command);
        return InputBounds.Check(command) is { Count: > 0 } unbounded
            ? RejectUnboundedAsync(command, unbounded, cancellationToken)
            : ApplyAsync(command, null, cancellationToken);
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
        return ApplyAsync(command, timer, cancellationToken);
    }

    private async Task<CommandOutcome> ApplyAsync(CaseCommand command, CaseTimer? timer, CancellationToken cancellationToken)
    {
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
            if (command.MessageId is { } messageId && await store.HasProcessedAsync(messageId, cancellationToken))
            {
                // Applied already (perhaps by another instance): answered with the case as stored, never decided again.
                var (applied, _) = (await LoadAsync(command.CaseId, cancellationToken))!.Value;
                return CommandOutcome.AlreadyApplied(applied);
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

            var calendars = definitions.Calendars.Current;
            var decision = CaseDecider.Decide(state, decided, definition, time.GetUtcNow(), calendars);
            var recorded = decision.IsAccepted ? await _vault.SealAsync(decided.CaseId, decision.Events, definition.PersonalFields, cancellationToken) : null;
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

                var refusal = decision.IsAccepted
                    ? Decision.Reject($"case {command.CaseId}'s personal data was erased; it records no more personal data ('{decided.Trigger}' carries some)")
                    : decision;
                return timer is null ? await RejectAsync(decided, refusal, cancellationToken) : await DropTimerAsync(timer, refusal, cancellationToken);
            }

            var events = EventChain.Seal(recorded, state.LastHash);
            var next = events.Aggregate(state, (s, e) => CaseEvolver.Apply(s, e, definition));
            var messages = outbox.Prepare(OutboundMessages.For(events, next, definition), next.Id);
            var planned = SupervisionSchedule.Plan(next, definition, calendars);
            try
            {
                await store.AppendAsync(next, state.Version, events, command.MessageId, planned, messages, cancellationToken);
            }
            catch (ConcurrencyConflictException) when (attempt < MaxAttempts)
            {
                _states.Evict(command.CaseId, state.Version);
                CaseServiceLog.Retrying(logger, command.CaseId, decided.Trigger, attempt + 1);
                continue;
            }

            _states.Put(next, definition);
            CaseServiceLog.Applied(logger, state.Id, decided.Trigger, decided.Actor, state.Position, next.Position);
            foreach (var provisional in events.Where(e => e.Payload is { Deadline: not null, UndeclaredYears.Count: > 0 }))
            {
                CaseServiceLog.ProvisionalDeadline(logger, state.Id, provisional.Payload.Deadline!.Value, string.Join(", ", provisional.Payload.UndeclaredYears!), provisional.Payload.CalendarVersion!.Value);
            }

            await outbox.DeliverAsync(messages, cancellationToken);
            return CommandOutcome.Accepted(next, events, planned);
        }
    }

    /// <summary>A case with its history and the triggers it accepts now; null when there is no such case.</summary>
    public async Task<CaseView?> GetAsync(Guid caseId, CancellationToken cancellationToken = default)
    {
        var history = await store.ReadAsync(caseId, cancellationToken);
        if (history.Count == 0)
        {
            return null;
        }

        var (state, definition) = await FoldAsync(history, cancellationToken);
        _states.Put(state, definition);
        return View(state, history, definition, await store.ReadTimersAsync(caseId, cancellationToken));
    }

    /// <summary>
    /// The case as a command that was accepted or already applied left it, for the caller's answer: its state and timers taken from
    /// <paramref name="outcome"/>, its history read up to that state but not folded again. The same view <see cref="GetAsync"/>
    /// gives right after the command, without a second fold.
    /// </summary>
    public async Task<CaseView> AnswerAsync(CommandOutcome outcome, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(outcome);
        var state = outcome.State ?? throw new ArgumentException($"a {outcome.Status} command left no case to answer with", nameof(outcome));
        var definition = await definitions.GetAsync(state.DefinitionVersion, cancellationToken);
        var history = await store.ReadAsync(state.Id, cancellationToken);

        // Commands applied since belong to their own answers: this one shows the case as its command left it.
        var upToState = history.Count > state.Version ? [.. history.Take((int)state.Version)] : history;

        // The timers the append stored, as the store gives them back: in UTC, earliest first.
        var timers = outcome.Timers is { } planned
            ? [.. planned.Select(t => t with { DueAt = t.DueAt.ToUniversalTime() }).OrderBy(t => t.DueAt).ThenBy(t => t.Kind, StringComparer.Ordinal)]
            : await store.ReadTimersAsync(state.Id, cancellationToken);
        return View(state, upToState, definition, timers);
    }

    private static CaseView View(CaseState state, IReadOnlyList<CaseEvent> history, CompiledDefinition definition, IReadOnlyList<CaseTimer> timers) =>
        new(state, history, CaseDecider.PermittedTriggers(state, definition))
        {
            Timers = definition.Calendar is { } calendar ? timers.Select(t => t with { DueAt = calendar.Local(t.DueAt) }).ToList() : timers,
        };

    /// <summary>The case as its stored history folds to, now also held in the cache; null when there is no such case.</summary>
    private async Task<(CaseState State, CompiledDefinition Definition)?> LoadAsync(Guid caseId, CancellationToken cancellationToken)
    {
        var history = await store.ReadAsync(caseId, cancellationToken);
        if (history.Count == 0)
        {
            return null;
        }

        var (state, definition) = await FoldAsync(history, cancellationToken);
        _states.Put(state, definition);
        return (state, definition);
    }

    /// <summary>
    /// The case its history folds to, each event under the version it was recorded with, and the definition it is pinned to now
    /// (the one it started on, or the one a migration moved it to).
    /// </summary>
    private async Task<(CaseState State, CompiledDefinition Definition)> FoldAsync(IReadOnlyList<CaseEvent> history, CancellationToken cancellationToken)
    {
        var byVersion = await definitions.ForHistoryAsync(history, cancellationToken);
        var state = CaseEvolver.Replay(history, v => byVersion[v])!;
        await definitions.Calendars.EnsureAsync(state.CalendarVersion, cancellationToken);
        return (state, byVersion[state.DefinitionVersion]);
    }

    /// <summary>The receipt a reporter gets for a new case, carrying their link to it; none when nobody is named to send it to.</summary>
    private IEnumerable<object> Receipt(CaseState state)
    {
        if (state.Reporter is not { } reporter)
        {
            yield break;
        }

        var link = reporterLinks.Link(state.Id);
        yield return new Contracts.Events.ReporterNotified
        {
            CaseId = state.Id,
            Reporter = reporter.Name,
            Phone = reporter.Phone,
            Message = $"您反映的问题已受理（编号 {state.Id}）。查看办理进度、确认办理结果和评价，请访问：{link}",
            Link = link,
            Code = reporterLinks.Issue(state.Id),
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
        var definition = await definitions.GetAsync(recorded.DefinitionVersion, cancellationToken);
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

    /// <summary>
    /// A command whose input is out of bounds, refused before anything reads it; a client key or actor that is itself out of
    /// bounds is neither echoed in the rejection nor logged.
    /// </summary>
    private Task<CommandOutcome> RejectUnboundedAsync(CaseCommand command, IReadOnlyList<FieldProblem> problems, CancellationToken cancellationToken)
    {
        var told = command;
        if (problems.Any(p => p.Field == "clientKey"))
        {
            told = told with { Payload = told.Payload with { ClientKey = null } };
        }

        if (problems.Any(p => p.Field == "actor"))
        {
            told = told with { Actor = "(out of bounds)" };
        }

        var decision = Decision.Reject($"'{Safe(command.Trigger)}' has {problems.Count} field(s) out of bounds: {string.Join("; ", problems.Select(p => p.Message))}", problems);
        return RejectAsync(told, decision, cancellationToken);
    }

    /// <summary>A trigger name fit to repeat in a refusal: itself when within bounds, else a placeholder.</summary>
    private static string Safe(string trigger) => InputText.Problem("trigger", trigger) is null ? trigger : "(the command)";

    /// <summary>A timer that no longer applies is removed without telling anyone: nobody sent it, so nobody awaits a refusal.</summary>
    private async Task<CommandOutcome> DropTimerAsync(CaseTimer timer, Decision decision, CancellationToken cancellationToken)
    {
        CaseServiceLog.TimerDropped(logger, timer.CaseId, timer.Kind, timer.DueAt, decision.Rejection);
        await store.DeleteTimerAsync(timer, cancellationToken);
        return CommandOutcome.Rejected(decision);
    }

    private async Task<CommandOutcome> RejectAsync(CaseCommand command, Decision decision, CancellationToken cancellationToken, bool notFound = false)
    {
        CaseServiceLog.Rejected(logger, command.CaseId, command.Trigger, command.Actor, decision.Rejection);
        await publisher.PublishAsync([OutboundMessages.Rejection(command, decision)], cancellationToken);
        return notFound ? CommandOutcome.NotFound(decision) : CommandOutcome.Rejected(decision);
    }
}
