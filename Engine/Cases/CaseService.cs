using System.Diagnostics;
using CaseFlow.Engine.Attachments;
using CaseFlow.Engine.Definitions;
using CaseFlow.Engine.History;
using CaseFlow.Engine.Input;
using CaseFlow.Engine.Messaging;
using CaseFlow.Engine.Outbox;
using CaseFlow.Engine.Privacy;
using CaseFlow.Engine.Reporting;
using CaseFlow.Engine.Telemetry;
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
/// <param name="attachments">
/// Resolves the uploads a command names into the attachments its event records, and keeps them sealed under the case's key (by
/// default the service every component on <paramref name="store"/> without one shares).
/// </param>
public sealed partial class CaseService(
    ICaseStore store,
    DefinitionRegistry definitions,
    IOutboundPublisher publisher,
    CaseOutbox outbox,
    TimeProvider time,
    ILogger<CaseService> logger,
    ReporterLinks reporterLinks,
    PersonalDataVault? personalData = null,
    CaseStateCache? states = null,
    AttachmentService? attachments = null)
{
    private readonly ICaseStore _store = store;
    private readonly DefinitionRegistry _definitions = definitions;
    private readonly IOutboundPublisher _publisher = publisher;
    private readonly CaseOutbox _outbox = outbox;
    private readonly TimeProvider _time = time;
    private readonly ILogger<CaseService> _logger = logger;
    private readonly ReporterLinks _reporterLinks = reporterLinks;
    private readonly PersonalDataVault _vault = personalData ?? PersonalDataVault.Ephemeral(store);
    private readonly CaseStateCache _states = states ?? CaseStateCache.Shared(store);
    private readonly AttachmentService _attachments = attachments ?? AttachmentStores.EphemeralFor(store, personalData ?? PersonalDataVault.Ephemeral(store));

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
    public ReporterLinks ReporterLinks => _reporterLinks;

    /// <summary>The vault that seals the personal data this service records (read paths open it with the same one).</summary>
    public PersonalDataVault PersonalData => _vault;

    /// <summary>The attachments this service records (the upload endpoints stage through it).</summary>
    public AttachmentService Attachments => _attachments;

    /// <summary>The case states this service keeps between commands.</summary>
    public CaseStateCache States => _states;

    // Each conflict means another command on this case was applied first, so a command gives up only after that many others
    // overtook it. Simultaneous commands settle one per round, so the budget must exceed a burst on one case, not just a few.
    private const int MaxAttempts = 64;

    /// <summary>The case as its stored history folds to, now also held in the cache; null when there is no such case.</summary>
    private async Task<(CaseState State, CompiledDefinition Definition)?> LoadAsync(Guid caseId, CancellationToken cancellationToken)
    {
        var history = await _store.ReadAsync(caseId, cancellationToken);
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
        var byVersion = await _definitions.ForHistoryAsync(history, cancellationToken);
        var state = CaseEvolver.Replay(history, v => byVersion[v])!;
        await _definitions.Calendars.EnsureAsync(state.CalendarVersion, cancellationToken);
        return (state, byVersion[state.DefinitionVersion]);
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

    private async Task<CommandOutcome> RejectAsync(CaseCommand command, Decision decision, CancellationToken cancellationToken, bool notFound = false)
    {
        CaseServiceLog.Rejected(_logger, command.CaseId, command.Trigger, command.Actor, decision.Rejection);
        CaseFlowTelemetry.Rejected.Add(1, CaseFlowTelemetry.CommandTags(command.Trigger, command.Actor, _definitions.HasCurrent ? _definitions.Current : null));
        Activity.Current?.SetStatus(ActivityStatusCode.Error, "refused");
        await _publisher.PublishAsync([OutboundMessages.Rejection(command, decision)], cancellationToken);
        return notFound ? CommandOutcome.NotFound(decision) : CommandOutcome.Rejected(decision);
    }
}
