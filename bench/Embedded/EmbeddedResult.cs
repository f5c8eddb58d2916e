using CaseFlow.Bench.Load;

namespace CaseFlow.Bench.Embedded;

/// <summary>One command of the loop and its latency percentiles, in ms, over every case of a run.</summary>
internal sealed record CommandLatency(string Command, Percentiles Ms);

/// <summary>
/// The case service called directly at one concurrency: cases driven around the whole loop for a fixed time, the commands they
/// sent (transitions), the events the store gained in that time (read back from the file) and the latency of each command.
/// </summary>
internal sealed record EmbeddedResult
{
    public required int Concurrency { get; init; }

    public required int Cases { get; init; }

    /// <summary>Commands accepted: <see cref="Lifecycle.Steps"/> per case.</summary>
    public required long Transitions { get; init; }

    /// <summary>Events the store's file holds after the run that it did not hold before (warm-up excluded).</summary>
    public required long EventsAppended { get; init; }

    public required double Seconds { get; init; }

    /// <summary>Messages the commands handed to the publisher (through the outbox), per command.</summary>
    public required double PublishedPerCommand { get; init; }

    /// <summary>Transactions the store committed in the run (group commit writes the appends arriving together in one).</summary>
    public long Commits { get; init; }

    /// <summary>Commands stored per transaction: how much group commit grouped.</summary>
    public double AppendsPerCommit => Commits == 0 ? 0 : Transitions / (double)Commits;

    public double TransitionsPerSecond => Transitions / Seconds;

    public double EventsPerSecond => EventsAppended / Seconds;

    public double CasesPerSecond => Cases / Seconds;

    public required Percentiles CaseMs { get; init; }

    public required IReadOnlyList<CommandLatency> Commands { get; init; }
}
