using CaseFlow.Engine.Supervision;

namespace CaseFlow.Engine.History;

/// <summary>The supervision timers cases wait on (written by <see cref="IEventStore.AppendAsync"/>), claimed when due.</summary>
public interface ITimerStore
{
    /// <summary>
    /// Claims up to <paramref name="limit"/> timers due at or before <paramref name="now"/>, earliest first, that no other claimer holds
    /// (a claim lasts until <paramref name="now"/> + <paramref name="lease"/>, and ends sooner when the case's next append replaces
    /// its timers). Safe with several instances claiming at once: a timer is handed to one of them at a time.
    /// </summary>
    Task<IReadOnlyList<CaseTimer>> ClaimDueTimersAsync(string owner, DateTimeOffset now, TimeSpan lease, int limit, CancellationToken cancellationToken = default);

    /// <summary>Timers due at or before <paramref name="now"/>, earliest first, at most <paramref name="limit"/>.</summary>
    Task<IReadOnlyList<CaseTimer>> ReadDueTimersAsync(DateTimeOffset now, int limit, CancellationToken cancellationToken = default);

    /// <summary>A case's timers, earliest first.</summary>
    Task<IReadOnlyList<CaseTimer>> ReadTimersAsync(Guid caseId, CancellationToken cancellationToken = default);

    /// <summary>Removes a timer that no longer applies, if the case still holds exactly that timer; true when it was removed.</summary>
    Task<bool> DeleteTimerAsync(CaseTimer timer, CancellationToken cancellationToken = default);
}
