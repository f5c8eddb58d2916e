using CaseFlow.Bench.Embedded;
using static System.FormattableString;
using CaseFlow.Bench.Suite;

namespace CaseFlow.Bench.Goals;

/// <summary>
/// The goals of issue #17, each read from the report of one run: a goal whose part did not run prints "not run", one whose part ran
/// without giving its number "not measured". Ratios between systems come from the same run, measured side by side.
/// </summary>
internal static class IssueSeventeenGoals
{
    public static readonly Goal Embedded = new("Embedded engine, 64 cases in flight, durable SQLite (synchronous=FULL)", GoalUnit.TransitionsPerSecond, GoalDirection.AtLeast, 10_000);
    public static readonly Goal InMemoryDurablePeer = new("In-memory bus: CaseFlow ÷ durable (SQLite) saga peer, cases/s", GoalUnit.Times, GoalDirection.AtLeast, 2);
    public static readonly Goal InMemoryPeer = new("In-memory bus: CaseFlow ÷ in-memory saga peer, cases/s", GoalUnit.Times, GoalDirection.AtLeast, 1);
    public static readonly Goal RabbitMqDurablePeer = new("RabbitMQ: CaseFlow ÷ durable (SQLite) saga peer, cases/s", GoalUnit.Times, GoalDirection.AtLeast, 1);
    public static readonly Goal RabbitMqLimit = new("RabbitMQ: CaseFlow's bus messages/s ÷ MassTransit's limit", GoalUnit.Share, GoalDirection.AtLeast, 0.8);
    public static readonly Goal MicroTime = new("Micro: decide + apply ÷ bare Stateless Fire", GoalUnit.Times, GoalDirection.AtMost, 3);
    public static readonly Goal MicroAllocation = new("Micro: allocated per transition (decide + apply)", GoalUnit.Bytes, GoalDirection.AtMost, 4 * 1024);
    public static readonly Goal Verify = new("Verify 1,000,000 events", GoalUnit.Seconds, GoalDirection.AtMost, 3);
    public static readonly Goal Assessment = new("Assessment: indicators + monthly brief over 100,000 cases", GoalUnit.Seconds, GoalDirection.AtMost, 1);
    public static readonly Goal Postgres = new("PostgreSQL, 1 instance ÷ SQLite, over RabbitMQ, cases/s", GoalUnit.Times, GoalDirection.AtLeast, 0.9);
    public static readonly Goal Memory = new("Resident memory with 100,000 open cases", GoalUnit.Megabytes, GoalDirection.AtMost, null);

    private const string DecideApply = "CaseFlow: decide + apply";
    private const string BareFire = "Stateless: Fire on a hand-written machine, built once";
    private const string MassTransitLimit = "MassTransit";
    private const long VerifyEvents = 1_000_000;
    private const int ScaleCases = 100_000;

    public static IReadOnlyList<GoalResult> Evaluate(BenchReport report, BenchArguments arguments)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(arguments);
        return
        [
            EmbeddedGoal(report, arguments),
            PeerGoal(report, arguments, InMemoryDurablePeer, "in-memory", durable: true),
            PeerGoal(report, arguments, InMemoryPeer, "in-memory", durable: false),
            PeerGoal(report, arguments, RabbitMqDurablePeer, "RabbitMQ", durable: true),
            LimitGoal(report, arguments),
            .. MicroGoals(report, arguments),
            VerifyGoal(report, arguments),
            AssessmentGoal(report),
            PostgresGoal(report, arguments),
            MemoryGoal(report),
        ];
    }

    private static GoalResult EmbeddedGoal(BenchReport report, BenchArguments arguments)
    {
        if (!arguments.Runs("embedded"))
        {
            return GoalResult.NotRun(Embedded, "./bench.sh embedded");
        }

        var widest = EmbeddedScenario.Concurrencies[^1];
        return report.Embedded.FirstOrDefault(e => e.Concurrency == widest) is { } e
            ? GoalResult.Of(Embedded, e.TransitionsPerSecond, Invariant($"{e.Cases:N0} cases, {e.Transitions:N0} commands, {e.EventsAppended:N0} events appended in {e.Seconds:F1} s"))
            : GoalResult.NotMeasured(Embedded, Invariant($"no result with {widest} cases in flight"));
    }

    private static GoalResult PeerGoal(BenchReport report, BenchArguments arguments, Goal goal, string transport, bool durable)
    {
        if (!arguments.Runs("load"))
        {
            return GoalResult.NotRun(goal, "./bench.sh load");
        }

        var caseFlow = report.Load.FirstOrDefault(l => l.System == "CaseFlow" && l.Transport == transport);
        var peer = report.Load.FirstOrDefault(l => l.System != "CaseFlow" && l.Transport == transport && l.Store.StartsWith("SQLite", StringComparison.Ordinal) == durable);
        return caseFlow is null || peer is null
            ? GoalResult.NotMeasured(goal, Invariant($"CaseFlow or the peer did not run on {transport}"))
            : GoalResult.Of(goal, caseFlow.CasesPerSecond / peer.CasesPerSecond, Invariant($"{caseFlow.CasesPerSecond:F1} ÷ {peer.CasesPerSecond:F1} cases/s"));
    }

    private static GoalResult LimitGoal(BenchReport report, BenchArguments arguments)
    {
        if (!arguments.Runs("load"))
        {
            return GoalResult.NotRun(RabbitMqLimit, "./bench.sh load");
        }

        var caseFlow = report.Load.FirstOrDefault(l => l.System == "CaseFlow" && l.Transport == "RabbitMQ");
        var limit = report.Limits.FirstOrDefault(l => l.Transport == "RabbitMQ" && l.Name.StartsWith(MassTransitLimit, StringComparison.Ordinal));
        if (caseFlow is null || limit is null)
        {
            return GoalResult.NotMeasured(RabbitMqLimit, "CaseFlow or MassTransit's limit did not run on RabbitMQ");
        }

        var messages = caseFlow.TransitionsPerSecond * caseFlow.MessagesPerCommand;
        return GoalResult.Of(RabbitMqLimit, messages / limit.MessagesPerSecond, Invariant($"{messages:F0} ÷ {limit.MessagesPerSecond:F0} messages/s"));
    }

    private static IEnumerable<GoalResult> MicroGoals(BenchReport report, BenchArguments arguments)
    {
        if (!arguments.Runs("micro"))
        {
            return [GoalResult.NotRun(MicroTime, "./bench.sh micro"), GoalResult.NotRun(MicroAllocation, "./bench.sh micro")];
        }

        var transition = report.Micro.FirstOrDefault(m => m.Benchmark.StartsWith(DecideApply, StringComparison.Ordinal));
        var fire = report.Micro.FirstOrDefault(m => m.Benchmark.StartsWith(BareFire, StringComparison.Ordinal));
        return
        [
            transition is null || fire is null
                ? GoalResult.NotMeasured(MicroTime, "a benchmark is missing")
                : GoalResult.Of(MicroTime, transition.MedianNs / fire.MedianNs, Invariant($"medians {transition.MedianNs / 1000:F2} µs ÷ {fire.MedianNs / 1000:F2} µs")),
            transition?.AllocatedBytes is { } bytes
                ? GoalResult.Of(MicroAllocation, bytes, Invariant($"{bytes:N0} B per decide + apply (SignFor)"))
                : GoalResult.NotMeasured(MicroAllocation, "no allocation measured"),
        ];
    }

    private static GoalResult VerifyGoal(BenchReport report, BenchArguments arguments)
    {
        if (!arguments.Runs("verify"))
        {
            return GoalResult.NotRun(Verify, "./bench.sh verify");
        }

        return report.Verify switch
        {
            null => GoalResult.NotMeasured(Verify, "no result"),
            { Events: not VerifyEvents } v => GoalResult.NotMeasured(Verify, Invariant($"this run verified {v.Events:N0} events in {v.VerifySeconds:F2} s; the goal is read at 1,000,000 (--events 1000000, the default)")),
            { Intact: false } v => GoalResult.NotMeasured(Verify, Invariant($"the store did not verify as intact ({v.VerifySeconds:F2} s)")),
            var v => GoalResult.Of(Verify, v.VerifySeconds, Invariant($"{v.EventsPerSecond:N0} events/s")),
        };
    }

    private static GoalResult AssessmentGoal(BenchReport report) => report.Assessment switch
    {
        null => GoalResult.NotMeasured(Assessment, "this run did not measure assessment (the assessment part)"),
        { Cases: not ScaleCases } a => GoalResult.NotMeasured(Assessment, Invariant($"this run assessed {a.Cases:N0} cases in {a.ProjectedSeconds:F2} s; the goal is read at 100,000 (--assessed 100000, the default)")),
        var a => GoalResult.Of(Assessment, a.ProjectedSeconds, Invariant($"{a.Cases:N0} cases; replaying every history took {a.ReplayedSeconds:F1} s")),
    };

    private static GoalResult PostgresGoal(BenchReport report, BenchArguments arguments)
    {
        if (!arguments.Runs("scaleout"))
        {
            return GoalResult.NotRun(Postgres, "./bench.sh scaleout");
        }

        var sqlite = report.ScaleOut.FirstOrDefault(l => l.Store.StartsWith("SQLite", StringComparison.Ordinal));
        var postgres = report.ScaleOut.FirstOrDefault(l => l.Store.StartsWith("PostgreSQL", StringComparison.Ordinal) && l.Store.EndsWith(", 1 instance", StringComparison.Ordinal));
        return sqlite is null || postgres is null
            ? GoalResult.NotMeasured(Postgres, "SQLite or PostgreSQL with one instance did not run")
            : GoalResult.Of(Postgres, postgres.CasesPerSecond / sqlite.CasesPerSecond, Invariant($"{postgres.CasesPerSecond:F1} ÷ {sqlite.CasesPerSecond:F1} cases/s"));
    }

    private static GoalResult MemoryGoal(BenchReport report) => report.Memory switch
    {
        null => GoalResult.NotMeasured(Memory, "this run did not measure memory (the memory part)"),
        { OpenCases: not ScaleCases } m => GoalResult.NotMeasured(Memory, Invariant($"this run held {m.OpenCases:N0} cases open at {m.Bytes / 1024 / 1024:N0} MB; the goal is read at 100,000")),
        var m => GoalResult.Of(Memory, m.Bytes, Invariant($"{m.OpenCases:N0} open cases, all {m.Held:N0} held in the state cache ({m.BytesPerHeldCase / 1024:F1} KB each); {m.BoundedBytes / 1024 / 1024:N0} MB with the cache at its default capacity {m.BoundedCapacity:N0}")),
    };
}
