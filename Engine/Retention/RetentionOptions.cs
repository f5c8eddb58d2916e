using System.ComponentModel.DataAnnotations;

namespace CaseFlow.Engine.Retention;

/// <summary>How long sent outbox messages and inbox entries are kept, and how pruning runs (configuration section CaseFlow:Retention).</summary>
public sealed class RetentionOptions
{
    /// <summary>The configuration section.</summary>
    public const string Section = "CaseFlow:Retention";

    /// <summary>How long an outbox message is kept after it was published (the record of what left and when); unsent ones always stay.</summary>
    [Range(typeof(TimeSpan), "00:01:00", "3650.00:00:00", ErrorMessage = "CaseFlow:Retention:SentOutbox must be between 00:01:00 and 3650.00:00:00, e.g. 7.00:00:00")]
    public TimeSpan SentOutbox { get; set; } = TimeSpan.FromDays(7);

    /// <summary>
    /// How long an inbox entry (a command message applied) is kept: while it is, the same message delivered again is recognised and not
    /// applied twice. It must outlast every redelivery (see <see cref="RetentionOptionsValidation"/>).
    /// </summary>
    [Range(typeof(TimeSpan), "00:01:00", "3650.00:00:00", ErrorMessage = "CaseFlow:Retention:Inbox must be between 00:01:00 and 3650.00:00:00, e.g. 30.00:00:00")]
    public TimeSpan Inbox { get; set; } = TimeSpan.FromDays(30);

    /// <summary>The time between pruning passes.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "1.00:00:00", ErrorMessage = "CaseFlow:Retention:Interval must be between 00:00:01 and 1.00:00:00, e.g. 01:00:00")]
    public TimeSpan Interval { get; set; } = TimeSpan.FromHours(1);

    /// <summary>The most rows one delete removes: a pass deletes batch after batch, each its own short transaction.</summary>
    [Range(1, 100_000, ErrorMessage = "CaseFlow:Retention:Batch must be between 1 and 100000")]
    public int Batch { get; set; } = 1000;
}
