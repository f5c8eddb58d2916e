using System.ComponentModel.DataAnnotations;

namespace CaseFlow.Engine.Outbox;

/// <summary>How outbound messages leave the outbox (configuration section CaseFlow:Outbox).</summary>
public sealed class OutboxOptions
{
    /// <summary>The configuration section.</summary>
    public const string Section = "CaseFlow:Outbox";

    /// <summary>
    /// How long the instance that stored a message has to publish it itself before any relay may: longer than a publication takes,
    /// short enough that a message an instance died holding is late by little more than this.
    /// </summary>
    [Range(typeof(TimeSpan), "00:00:00.100", "01:00:00", ErrorMessage = "CaseFlow:Outbox:Grace must be between 00:00:00.100 and 01:00:00, e.g. 00:00:10")]
    public TimeSpan Grace { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>How long a relay's claim on a batch lasts: if it dies mid-batch, others take the batch over after this.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "01:00:00", ErrorMessage = "CaseFlow:Outbox:Lease must be between 00:00:01 and 01:00:00, e.g. 00:00:30")]
    public TimeSpan Lease { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>The time between relay passes (and between writes of the marks of messages published on the fast path).</summary>
    [Range(typeof(TimeSpan), "00:00:00.010", "00:10:00", ErrorMessage = "CaseFlow:Outbox:Interval must be between 00:00:00.010 and 00:10:00, e.g. 00:00:01")]
    public TimeSpan Interval { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>The most messages one claim takes.</summary>
    [Range(1, 10_000, ErrorMessage = "CaseFlow:Outbox:Batch must be between 1 and 10000")]
    public int Batch { get; set; } = 200;
}
