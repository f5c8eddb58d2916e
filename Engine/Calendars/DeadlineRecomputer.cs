using CaseFlow.Engine.Cases;
using CaseFlow.Engine.Definitions;
using CaseFlow.Engine.History;
using CaseFlow.Engine.Supervision;
using Microsoft.Extensions.Logging;

namespace CaseFlow.Engine.Calendars;

/// <summary>
/// Finds the cases waiting on a provisional deadline, and recomputes them on the current calendar: each case records one
/// <see cref="Triggers.RecomputeDeadline"/> event through the normal append (so its hash chain continues and a concurrent command is
/// never lost) with the timers planned again on the new calendar.
/// </summary>
/// <param name="store">The case histories.</param>
/// <param name="definitions">The definition versions and, with them, the calendars.</param>
/// <param name="time">The clock.</param>
/// <param name="logger">The log.</param>
/// <param name="states">The case states the case service keeps, evicted for each case recomputed (by default the store's shared cache).</param>
public sealed class DeadlineRecomputer(ICaseStore store, DefinitionRegistry definitions, TimeProvider time, ILogger<DeadlineRecomputer> logger, CaseStateCache? states = null)
{
    private readonly CaseStateCache _states = states ?? CaseStateCache.Shared(store);

    private const int MaxAttempts = 16;

    /// <summary>Every running case whose deadline is provisional, oldest submission first.</summary>
    public async Task<IReadOnlyList<ProvisionalCase>> ListProvisionalAsync(CancellationToken cancellationToken = default) =>
        (await store.ListAsync(limit: int.MaxValue, cancellationToken: cancellationToken))
            .Where(c => c.IsProvisional)
            .OrderBy(c => c.SubmittedAt).ThenBy(c => c.Id)
            .Select(ProvisionalCase.Of)
            .ToList();

    /// <summary>
    /// Recomputes every provisional deadline whose undeclared years the current calendar now declares, in the name of
    /// <paramref name="publisher"/> (who published that calendar); cases it does not help stay provisional and are listed.
    /// </summary>
    public async Task<RecomputationReport> RecomputeAsync(string publisher, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(publisher);
        var recomputed = new List<RecomputedDeadline>();
        var stillProvisional = new List<ProvisionalCase>();
        foreach (var candidate in await ListProvisionalAsync(cancellationToken))
        {
            if (await RecomputeAsync(candidate.CaseId, publisher, cancellationToken) is { } done)
            {
                recomputed.Add(done);
                if (done.UndeclaredYears.Count > 0)
                {
                    stillProvisional.Add(candidate with { Deadline = done.To, CalendarVersion = done.CalendarVersion, UndeclaredYears = done.UndeclaredYears });
                }
            }
            else
            {
                stillProvisional.Add(candidate);
            }
        }

        RecomputationLog.Done(logger, definitions.Calendars.Current.CurrentVersion ?? 0, publisher, recomputed.Count, stillProvisional.Count);
        return new RecomputationReport(definitions.Calendars.Current.CurrentVersion, recomputed, stillProvisional);
    }

    private async Task<RecomputedDeadline?> RecomputeAsync(Guid caseId, string publisher, CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            var history = await store.ReadAsync(caseId, cancellationToken);
            var byVersion = await definitions.ForHistoryAsync(history, cancellationToken);
            var state = CaseEvolver.Replay(history, v => byVersion[v])!;
            var definition = byVersion[state.DefinitionVersion];
            var calendars = definitions.Calendars.Current;
            var decision = DeadlineRecomputation.Decide(state, definition, calendars, publisher, time.GetUtcNow());
            if (!decision.IsAccepted)
            {
                return null;
            }

            var events = EventChain.Seal(decision.Events, state.LastHash);
            var next = CaseEvolver.Apply(state, events[0], definition);
            try
            {
                await store.AppendAsync(next, state.Version, events, timers: SupervisionSchedule.Plan(next, definition, calendars), cancellationToken: cancellationToken);
            }
            catch (ConcurrencyConflictException) when (attempt < MaxAttempts)
            {
                continue;
            }

            _states.Evict(caseId);
            var before = state.SignForDeadline ?? state.HandlingDeadline;
            var payload = events[0].Payload;
            RecomputationLog.Recomputed(logger, caseId, before, payload.Deadline, payload.CalendarVersion ?? 0);
            return new RecomputedDeadline(caseId, events[0].Sequence, before, payload.Deadline!.Value, payload.CalendarVersion!.Value, payload.UndeclaredYears ?? []);
        }
    }
}

/// <summary>A running case whose deadline is provisional: what the command room and the administrators are shown.</summary>
/// <param name="CaseId">The case.</param>
/// <param name="Category">Its category.</param>
/// <param name="Title">Its summary.</param>
/// <param name="Position">Where it is (workflow.state).</param>
/// <param name="Deadline">The provisional deadline (sign-for or handling).</param>
/// <param name="CalendarVersion">The calendar version it was computed on.</param>
/// <param name="UndeclaredYears">The years it counts over that the calendar does not declare.</param>
public sealed record ProvisionalCase(Guid CaseId, string Category, string Title, string Position, DateTimeOffset Deadline, int? CalendarVersion, IReadOnlyList<int> UndeclaredYears)
{
    /// <summary>The provisional deadline of a case that has one.</summary>
    public static ProvisionalCase Of(CaseState state)
    {
        ArgumentNullException.ThrowIfNull(state);
        return new(state.Id, state.Category, state.Title, state.Position, (state.SignForDeadline ?? state.HandlingDeadline)!.Value, state.CalendarVersion, state.UndeclaredYears);
    }
}

/// <summary>One deadline recomputed on a newly published calendar.</summary>
/// <param name="CaseId">The case.</param>
/// <param name="Sequence">The event that records it.</param>
/// <param name="From">The provisional deadline it had.</param>
/// <param name="To">The deadline now.</param>
/// <param name="CalendarVersion">The calendar version it is computed on now.</param>
/// <param name="UndeclaredYears">Years it still counts over that this calendar does not declare (it stays provisional); empty when none.</param>
public sealed record RecomputedDeadline(Guid CaseId, long Sequence, DateTimeOffset? From, DateTimeOffset To, int CalendarVersion, IReadOnlyList<int> UndeclaredYears);

/// <summary>What recomputing the provisional deadlines did.</summary>
/// <param name="CalendarVersion">The calendar version they were recomputed on.</param>
/// <param name="Recomputed">Each deadline recomputed.</param>
/// <param name="StillProvisional">The cases still waiting on a provisional deadline afterwards.</param>
public sealed record RecomputationReport(int? CalendarVersion, IReadOnlyList<RecomputedDeadline> Recomputed, IReadOnlyList<ProvisionalCase> StillProvisional);

/// <summary>The recomputer's log lines.</summary>
internal static partial class RecomputationLog
{
    [LoggerMessage(Level = LogLevel.Information, Message = "Case {CaseId}: provisional deadline {From:O} recomputed on calendar version {CalendarVersion}: {To:O}")]
    public static partial void Recomputed(ILogger logger, Guid caseId, DateTimeOffset? from, DateTimeOffset? to, int calendarVersion);

    [LoggerMessage(Level = LogLevel.Information, Message = "Calendar version {CalendarVersion} published by {Publisher}: {Recomputed} provisional deadline(s) recomputed, {Provisional} case(s) still provisional")]
    public static partial void Done(ILogger logger, int calendarVersion, string publisher, int recomputed, int provisional);
}
