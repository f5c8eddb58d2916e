using CaseFlow.Engine.Cases;
using CaseFlow.Engine.Definitions;
using CaseFlow.Engine.History;
using CaseFlow.Engine.Messaging;
using CaseFlow.Engine.Outbox;
using CaseFlow.Engine.Supervision;
using Microsoft.Extensions.Logging;

namespace CaseFlow.Engine.Migration;

/// <summary>
/// Moves the running cases of one definition version to another, explicitly: a dry run lists what would move and what cannot;
/// applying records one <c>Migrate</c> event per case through the normal append (so the hash chain continues and a concurrent
/// command is never lost), after which the case is pinned to the new version.
/// </summary>
/// <param name="store">The case histories.</param>
/// <param name="definitions">The definition versions.</param>
/// <param name="outbox">Where the messages a migration causes go (stored with its event, then published).</param>
/// <param name="time">The clock.</param>
/// <param name="logger">The log.</param>
/// <param name="states">The case states the case service keeps, evicted for each case moved (by default the store's shared cache).</param>
public sealed class CaseMigrator(ICaseStore store, DefinitionRegistry definitions, CaseOutbox outbox, TimeProvider time, ILogger<CaseMigrator> logger, CaseStateCache? states = null)
{
    private readonly CaseStateCache _states = states ?? CaseStateCache.Shared(store);

    /// <summary>A migrator whose outbox publishes through <paramref name="publisher"/> with default settings (tests, tools).</summary>
    public CaseMigrator(ICaseStore store, DefinitionRegistry definitions, IOutboundPublisher publisher, TimeProvider time, ILogger<CaseMigrator> logger)
        : this(store, definitions, new CaseOutbox(store, publisher, time), time, logger)
    {
    }

    private const int MaxAttempts = 16;

    /// <summary>The dry run: what applying the request now would do. Nothing is recorded.</summary>
    public Task<MigrationReport> PlanAsync(MigrationRequest request, CancellationToken cancellationToken = default) =>
        RunAsync(request, apply: false, cancellationToken);

    /// <summary>Moves every case that can move, each decided afresh on its latest history; cases that cannot move stay untouched.</summary>
    public Task<MigrationReport> ApplyAsync(MigrationRequest request, CancellationToken cancellationToken = default) =>
        RunAsync(request, apply: true, cancellationToken);

    private async Task<MigrationReport> RunAsync(MigrationRequest request, bool apply, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var report = new MigrationReport { Applied = apply, FromVersion = request.FromVersion, ToVersion = request.ToVersion, StateMapping = request.StateMapping };
        var (route, problems) = await RouteAsync(request, cancellationToken);
        if (problems.Count > 0)
        {
            return report with { Applied = false, Problems = problems };
        }

        var onVersion = (await store.ListAsync(limit: int.MaxValue, cancellationToken: cancellationToken))
            .Where(c => c.DefinitionVersion == request.FromVersion)
            .OrderBy(c => c.SubmittedAt).ThenBy(c => c.Id)
            .ToList();
        var moves = new List<CaseMove>();
        var holds = new List<CaseHold>();
        foreach (var candidate in onVersion.Where(c => !c.IsFinal))
        {
            var (move, hold) = await MoveAsync(candidate.Id, route!, request, apply, cancellationToken);
            if (move is not null)
            {
                moves.Add(move);
            }
            else if (hold is not null)
            {
                holds.Add(hold);
            }
        }

        if (apply)
        {
            MigrationLog.Applied(logger, request.FromVersion, request.ToVersion, request.Actor, moves.Count, holds.Count);
        }

        return report with { Moves = moves, CannotMove = holds, Ended = onVersion.Count(c => c.IsFinal) };
    }

    private async Task<(CaseMove? Move, CaseHold? Hold)> MoveAsync(Guid caseId, MigrationRoute route, MigrationRequest request, bool apply, CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            var history = await store.ReadAsync(caseId, cancellationToken);
            var byVersion = await definitions.ForHistoryAsync(history, cancellationToken);
            var state = CaseEvolver.Replay(history, v => byVersion[v])!;
            if (state.IsFinal || state.DefinitionVersion != route.FromVersion)
            {
                // Ended or moved on since it was listed: no longer this migration's business.
                return (null, null);
            }

            var decision = MigrationDecider.Decide(state, route, request.Actor, request.Reason, time.GetUtcNow());
            if (!decision.IsAccepted)
            {
                return (null, new CaseHold(state.Id, state.Category, state.Title, state.Position, state.Supervision, decision.Rejection!));
            }

            var planned = decision.Events[0];
            var move = new CaseMove(state.Id, state.Category, state.Title, state.Position, planned.To, state.Supervision, planned.Supervision);
            if (!apply)
            {
                return (move, null);
            }

            var events = EventChain.Seal(decision.Events, state.LastHash);
            var next = CaseEvolver.Apply(state, events[0], route.Target);
            var messages = outbox.Prepare(OutboundMessages.For(events, next, route.Target), next.Id);
            try
            {
                // The case's timers are planned again under the version it moves to, and its messages stored, in the same transaction.
                await store.AppendAsync(next, state.Version, events, timers: SupervisionSchedule.Plan(next, route.Target, definitions.Calendars.Current), outbox: messages, cancellationToken: cancellationToken);
            }
            catch (ConcurrencyConflictException) when (attempt < MaxAttempts)
            {
                continue;
            }

            _states.Evict(caseId);
            MigrationLog.Moved(logger, state.Id, route.FromVersion, route.ToVersion, state.Position, next.Position);
            await outbox.DeliverAsync(messages, cancellationToken);
            return (move with { Sequence = events[0].Sequence }, null);
        }
    }

    private async Task<(MigrationRoute? Route, IReadOnlyList<FieldProblem> Problems)> RouteAsync(MigrationRequest request, CancellationToken cancellationToken)
    {
        var problems = new List<FieldProblem>();
        if (string.IsNullOrWhiteSpace(request.Actor))
        {
            problems.Add(new("actor", "actor is required: the administrator, recorded in every migrated case's history"));
        }

        if (request.FromVersion == request.ToVersion)
        {
            problems.Add(new("toVersion", $"the cases are already on version {request.ToVersion}; name another version to move them to"));
        }

        var versions = (await definitions.ListAsync(cancellationToken)).Select(v => v.Number).ToList();
        var source = await VersionAsync(request.FromVersion, "fromVersion", versions, problems, cancellationToken);
        var target = await VersionAsync(request.ToVersion, "toVersion", versions, problems, cancellationToken);
        if (source is null || target is null || problems.Count > 0)
        {
            return (null, problems);
        }

        var route = new MigrationRoute(request.FromVersion, source, request.ToVersion, target, request.StateMapping);
        problems.AddRange(MigrationDecider.CheckMapping(route));
        return (problems.Count == 0 ? route : null, problems);
    }

    private async Task<Workflows.Compilation.CompiledDefinition?> VersionAsync(int version, string field, List<int> versions, List<FieldProblem> problems, CancellationToken cancellationToken)
    {
        if (!versions.Contains(version))
        {
            problems.Add(new(field, $"there is no definition version {version}; versions are {string.Join(", ", versions)}"));
            return null;
        }

        return await definitions.GetAsync(version, cancellationToken);
    }
}

/// <summary>The migrator's log lines.</summary>
internal static partial class MigrationLog
{
    [LoggerMessage(Level = LogLevel.Information, Message = "Case {CaseId} migrated from definition version {From} to {To}: {FromPosition} -> {ToPosition}")]
    public static partial void Moved(ILogger logger, Guid caseId, int from, int to, string fromPosition, string toPosition);

    [LoggerMessage(Level = LogLevel.Information, Message = "Migration from definition version {From} to {To} by {Actor}: {Moved} case(s) moved, {Held} could not move")]
    public static partial void Applied(ILogger logger, int from, int to, string actor, int moved, int held);
}
