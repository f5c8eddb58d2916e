using CaseFlow.Engine.Outbox;
using Microsoft.Extensions.Options;

namespace CaseFlow.Engine.Retention;

/// <summary>
/// Refuses an inbox period shorter than a command message can be delivered again: a duplicate arriving after its inbox entry was
/// pruned would be applied a second time.
/// </summary>
/// <param name="outbox">The outbox's timing, which bounds when a relay publishes a message again.</param>
public sealed class RetentionOptionsValidation(IOptions<OutboxOptions> outbox) : IValidateOptions<RetentionOptions>
{
    /// <summary>
    /// The longest after a first delivery that the same message can arrive again: the command's retries in place while the store is
    /// away, then an outbox relay's republication of a message whose mark was lost (its grace, a lease and a relay interval).
    /// </summary>
    public static TimeSpan RedeliveryWindow(OutboxOptions outbox)
    {
        ArgumentNullException.ThrowIfNull(outbox);
        return CaseFlowEngineExtensions.StoreRetryWindow + outbox.Grace + outbox.Lease + outbox.Interval;
    }

    /// <inheritdoc />
    public ValidateOptionsResult Validate(string? name, RetentionOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var timing = outbox.Value;
        var window = RedeliveryWindow(timing);
        return options.Inbox >= window
            ? ValidateOptionsResult.Success
            : ValidateOptionsResult.Fail(
                $"CaseFlow:Retention:Inbox is {options.Inbox:c}, shorter than a command message can be delivered again ({window:c}: " +
                $"{CaseFlowEngineExtensions.StoreRetryLimit} store retries of up to {CaseFlowEngineExtensions.StoreRetryMaxInterval.TotalSeconds:0} s, " +
                $"then an outbox relay's grace {timing.Grace:c}, lease {timing.Lease:c} and interval {timing.Interval:c}); a duplicate arriving after " +
                $"its inbox entry was pruned would be applied twice. Set it to at least {window:c}, e.g. 30.00:00:00.");
    }
}
