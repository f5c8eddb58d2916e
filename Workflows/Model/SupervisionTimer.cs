using System.Text.Json.Serialization;
using CaseFlow.Workflows.Loading;

namespace CaseFlow.Workflows.Model;

/// <summary>
/// A supervision timer declared in the policy: in which states it runs, which trigger it fires, and when — an instant of the case
/// (a clock), plus a span of the policy, repeated and bounded as it says. Every span is counted on the working calendar, and the
/// timer is planned only while its trigger is permitted. The names it may use are <see cref="Catalogue.TimerClocks"/>,
/// <see cref="Catalogue.TimerSpans"/>, <see cref="Catalogue.TimerCounters"/> and <see cref="Catalogue.TimerLimits"/>.
/// </summary>
public sealed record SupervisionTimer
{
    /// <summary>The timer's name, recorded with the timer and the step it causes (<c>warn</c>, <c>urge</c> …); unique in the policy.</summary>
    public string Timer { get; init; } = "";

    /// <summary>The trigger it fires.</summary>
    public string Fires { get; init; } = "";

    /// <summary>The positions (<c>workflow.State</c>, a supervision state named by the workflow beside) it runs in; null: wherever its trigger is permitted.</summary>
    public IReadOnlyList<string>? In { get; init; }

    /// <summary>The clock it is measured from, or several: the latest of those the case has. No clock set, no timer.</summary>
    [JsonConverter(typeof(StringOrListConverter))]
    public IReadOnlyList<string> At { get; init; } = [];

    /// <summary>A span of the policy added to the clock (<c>urgeEvery</c>, <c>escalation</c>: the ladder up to the next rung …).</summary>
    public string? After { get; init; }

    /// <summary>A span of the policy after which it fires again: measured from <see cref="Since"/> once that is set, else <see cref="Count"/> times from the clock.</summary>
    public string? Every { get; init; }

    /// <summary>The clock a repetition is measured from once the case has it (the last urging).</summary>
    public string? Since { get; init; }

    /// <summary>The case's counter of repetitions so far (<c>countyUrges</c>).</summary>
    public string? Count { get; init; }

    /// <summary>A number of the policy the counter must stay below for the timer to run (<c>countySilence.maxUrges</c>).</summary>
    public string? Until { get; init; }
}
