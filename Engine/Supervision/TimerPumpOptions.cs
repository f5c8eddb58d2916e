using System.ComponentModel.DataAnnotations;

namespace CaseFlow.Engine.Supervision;

/// <summary>How often the timer pump looks for due timers, and how long it holds them (configuration section CaseFlow:TimerPump).</summary>
public sealed class TimerPumpOptions
{
    /// <summary>The configuration section.</summary>
    public const string Section = "CaseFlow:TimerPump";

    /// <summary>The time between passes; a due timer fires at most this late while the service runs.</summary>
    [Range(typeof(TimeSpan), "00:00:00.010", "01:00:00", ErrorMessage = "CaseFlow:TimerPump:Interval must be between 00:00:00.010 and 01:00:00, e.g. 00:00:01")]
    public TimeSpan Interval { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>
    /// How long an instance's claim on a due timer lasts: a timer whose instance died while firing it is fired by another after this.
    /// </summary>
    [Range(typeof(TimeSpan), "00:00:01", "01:00:00", ErrorMessage = "CaseFlow:TimerPump:ClaimLease must be between 00:00:01 and 01:00:00, e.g. 00:00:30")]
    public TimeSpan ClaimLease { get; set; } = TimeSpan.FromSeconds(30);
}
