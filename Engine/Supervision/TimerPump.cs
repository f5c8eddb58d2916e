using CaseFlow.Engine.Cases;
using CaseFlow.Engine.History;
using Microsoft.Extensions.Logging;

namespace CaseFlow.Engine.Supervision;

/// <summary>
/// Fires due timers through the case service. Due timers are claimed in the database (one instance holds a timer at a time, for a
/// lease), each timer is consumed in the transaction that records the event it causes, and a timer its case has moved past is
/// dropped, so a timer fires at most once however many pumps run and however often they restart.
/// </summary>
/// <param name="store">The case store holding the timers.</param>
/// <param name="cases">The case service the timers' steps are decided by.</param>
/// <param name="time">The clock.</param>
/// <param name="logger">The log.</param>
/// <param name="instance">This engine among others; its id names its claims.</param>
/// <param name="options">The claim lease (defaults when not given).</param>
public sealed partial class TimerPump(ITimerStore store, CaseService cases, TimeProvider time, ILogger<TimerPump> logger, EngineInstance? instance = null, Microsoft.Extensions.Options.IOptions<TimerPumpOptions>? options = null)
{
    private const int Batch = 100;
    private readonly string _owner = (instance ?? new EngineInstance()).Id;
    private readonly TimeSpan _lease = options?.Value.ClaimLease ?? new TimerPumpOptions().ClaimLease;

    /// <summary>
    /// Fires every timer due now, and those that fall due because of the steps just taken (a case that went late while the service
    /// was down is brought up to date at once). Returns the number of events recorded.
    /// </summary>
    public async Task<int> FireDueAsync(CancellationToken cancellationToken = default)
    {
        var recorded = 0;
        var tried = new HashSet<CaseTimer>();
        while (true)
        {
            var due = (await store.ClaimDueTimersAsync(_owner, time.GetUtcNow(), _lease, Batch, cancellationToken)).Where(t => !tried.Contains(t)).ToList();
            if (due.Count == 0)
            {
                return recorded;
            }

            // Once a case takes a step its timers are planned afresh; they are read again, so each case's steps come in due order.
            var moved = new HashSet<Guid>();
            foreach (var timer in due.Where(t => !moved.Contains(t.CaseId)))
            {
                tried.Add(timer);
                try
                {
                    var outcome = await cases.FireTimerAsync(timer, cancellationToken);
                    if (outcome.Events.Count > 0)
                    {
                        recorded += outcome.Events.Count;
                        moved.Add(timer.CaseId);
                    }
                }
                catch (Exception e) when (e is not OperationCanceledException)
                {
                    // The timer stays stored, claimed until the lease ends, and is tried again then (here or on another instance).
                    Failed(logger, timer.CaseId, timer.Kind, e);
                }
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Case {CaseId}: timer {Kind} could not be fired; it will be tried again")]
    private static partial void Failed(ILogger logger, Guid caseId, string kind, Exception exception);
}
