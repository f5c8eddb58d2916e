using System.ComponentModel.DataAnnotations;

namespace CaseFlow.Engine.Supervision;

/// <summary>How often the timer pump looks for due timers (configuration section CaseFlow:TimerPump).</summary>
public sealed class TimerPumpOptions
{
    /// <summary>The configuration section.</summary>
    public const string Section = "CaseFlow:TimerPump";

    /// <summary>The time between passes; a due timer fires at most this late while the service runs.</summary>
    [Range(typeof(TimeSpan), "00:00:00.010", "01:00:00", ErrorMessage = "CaseFlow:TimerPump:Interval must be between 00:00:00.010 and 01:00:00, e.g. 00:00:01")]
    public TimeSpan Interval { get; set; } = TimeSpan.FromSeconds(1);
}
