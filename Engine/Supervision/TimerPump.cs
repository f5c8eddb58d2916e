using CaseFlow.Engine.Cases;
using CaseFlow.Engine.History;
using Microsoft.Extensions.Logging;

namespace CaseFlow.Engine.Supervision;

/// <summary>
/// Fires due timers through the case service. Each timer is consumed in the transaction that records the event it causes, and a
/// timer its case has moved past is dropped, so a timer fires at most once however many pumps run and however often they restart.
/// </summary>
public sealed partial class TimerPump(ICaseStore store, CaseService cases, TimeProvider time, ILogger<TimerPump> logger)
{
    private const int Batch = 100;

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
            var due = (await store.ReadDueTimersAsync(time.GetUtcNow(), Batch, cancellationToken)).Where(t => !tried.Contains(t)).ToList();
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
                    // The timer stays stored and is tried again on the next pass.
                    Failed(logger, timer.CaseId, timer.Kind, e);
                }
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Case {CaseId}: timer {Kind} could not be fired; it will be tried again")]
    private static partial void Failed(ILogger logger, Guid caseId, string kind, Exception exception);
}
