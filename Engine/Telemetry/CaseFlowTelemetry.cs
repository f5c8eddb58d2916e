using System.Collections.Concurrent;
using System.Diagnostics;
using System.Diagnostics.Metrics;
using CaseFlow.Engine.Cases;
using CaseFlow.Workflows.Compilation;

namespace CaseFlow.Engine.Telemetry;

/// <summary>
/// CaseFlow's traces and metrics, under the one name "CaseFlow" (an OpenTelemetry source and meter): a span per command with its
/// decision, append and publication as children, and the counters and durations operators watch. No tag carries a case's content,
/// and every tag's values are bounded (a trigger or actor kind the definition does not declare is counted as "other").
/// </summary>
public static class CaseFlowTelemetry
{
    /// <summary>The activity source's and the meter's name.</summary>
    public const string Name = "CaseFlow";

    /// <summary>How many distinct trigger names the metrics tag before counting the rest as "other".</summary>
    private const int MaxTriggerTags = 256;

    private static readonly ConcurrentDictionary<string, bool> TriggerTags = new(StringComparer.Ordinal);

    /// <summary>Spans: <c>caseflow.command</c>, <c>caseflow.decide</c>, <c>caseflow.append</c>, <c>caseflow.publish</c>.</summary>
    public static readonly ActivitySource Source = new(Name, typeof(CaseFlowTelemetry).Assembly.GetName().Version?.ToString());

    /// <summary>The meter every CaseFlow instrument belongs to.</summary>
    public static readonly Meter Meter = new(Name, typeof(CaseFlowTelemetry).Assembly.GetName().Version?.ToString());

    /// <summary>Commands accepted, tagged <c>caseflow.trigger</c> and <c>caseflow.actor.kind</c>.</summary>
    public static readonly Counter<long> Accepted = Meter.CreateCounter<long>("caseflow.commands.accepted", "{command}", "Commands accepted and recorded, per trigger and kind of actor.");

    /// <summary>Commands refused, tagged <c>caseflow.trigger</c> and <c>caseflow.actor.kind</c>.</summary>
    public static readonly Counter<long> Rejected = Meter.CreateCounter<long>("caseflow.commands.rejected", "{command}", "Commands refused with a reason, per trigger and kind of actor.");

    /// <summary>How long deciding a command took (the state machine and the rules, no I/O).</summary>
    public static readonly Histogram<double> DecisionDuration = Meter.CreateHistogram<double>("caseflow.decision.duration", "ms", "Time to decide a command on a case's state.");

    /// <summary>How long appending a decided command's events took (the store's transaction, to durable).</summary>
    public static readonly Histogram<double> AppendDuration = Meter.CreateHistogram<double>("caseflow.append.duration", "ms", "Time to append a command's events, timers and messages in one transaction.");

    /// <summary>The span of one command on one case; null when nobody listens.</summary>
    public static Activity? StartCommand(string trigger, Guid caseId, string actor)
    {
        var activity = Source.StartActivity("caseflow.command");
        activity?.SetTag("caseflow.trigger", TriggerTag(trigger));
        activity?.SetTag("caseflow.case.id", caseId.ToString());
        activity?.SetTag("caseflow.actor", actor);
        return activity;
    }

    /// <summary>The tags of a command's counters: its trigger (bounded) and the kind of its actor under the definition.</summary>
    public static TagList CommandTags(string trigger, string actor, CompiledDefinition? definition) => new()
    {
        { "caseflow.trigger", TriggerTag(trigger) },
        { "caseflow.actor.kind", ActorKind(actor, definition) },
    };

    /// <summary>The kind of position an actor holds (office, leader, commandRoom …), "unknown" when the definition declares none.</summary>
    public static string ActorKind(string actor, CompiledDefinition? definition) =>
        definition is null ? ActorKinds.Unknown : Positions.Find(actor, definition)?.Kind ?? ActorKinds.Unknown;

    /// <summary>Milliseconds since a <see cref="Stopwatch.GetTimestamp"/>.</summary>
    public static double Since(long started) => Stopwatch.GetElapsedTime(started).TotalMilliseconds;

    private static string TriggerTag(string trigger)
    {
        if (string.IsNullOrEmpty(trigger) || trigger.Length > 64)
        {
            return "other";
        }

        if (TriggerTags.ContainsKey(trigger))
        {
            return trigger;
        }

        return TriggerTags.Count < MaxTriggerTags && TriggerTags.TryAdd(trigger, true) ? trigger : TriggerTags.ContainsKey(trigger) ? trigger : "other";
    }
}
