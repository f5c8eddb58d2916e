using CaseFlow.Bench.Assessment;
using CaseFlow.Bench.Embedded;
using CaseFlow.Bench.Goals;
using CaseFlow.Bench.Limits;
using CaseFlow.Bench.Load;
using CaseFlow.Bench.Micro;
using CaseFlow.Bench.Scale;

namespace CaseFlow.Bench.Suite;

/// <summary>CaseFlow's number over another's, measured in the same run on the same transport.</summary>
internal sealed record Ratio(string What, string Transport, string Against, double CaseFlow, double Other, string Unit)
{
    public double Value => CaseFlow / Other;
}

/// <summary>Everything one run measured, as written to latest.json.</summary>
internal sealed record BenchReport
{
    public required DateTimeOffset Date { get; init; }

    public required MachineInfo Machine { get; init; }

    public required int Cases { get; init; }

    public required int Concurrency { get; init; }

    public required int Rounds { get; init; }

    public required double ElapsedSeconds { get; init; }

    /// <summary>The case service called directly on durable SQLite, one result per level of concurrency.</summary>
    public IReadOnlyList<EmbeddedResult> Embedded { get; init; } = [];

    public IReadOnlyList<LoadResult> Load { get; init; } = [];

    public IReadOnlyList<LimitResult> Limits { get; init; } = [];

    public IReadOnlyList<Ratio> Ratios { get; init; } = [];

    /// <summary>CaseFlow over RabbitMQ on SQLite (one instance) beside PostgreSQL with one and with two instances, taking turns.</summary>
    public IReadOnlyList<LoadResult> ScaleOut { get; init; } = [];

    public IReadOnlyList<MicroResult> Micro { get; init; } = [];

    public ScaleResult? Verify { get; init; }

    /// <summary>Indicators and the monthly brief from the assessment projection beside the replay (goal: ≤ 1 s over 100,000 cases).</summary>
    public AssessmentResult? Assessment { get; init; }

    /// <summary>Resident memory with many cases open, when a scenario measured it (see <see cref="ResidentMemory"/>).</summary>
    public ResidentMemory? Memory { get; init; }

    /// <summary>The goals of issue #17 as this run found them.</summary>
    public IReadOnlyList<GoalResult> Goals { get; init; } = [];
}
