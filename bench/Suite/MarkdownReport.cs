using System.Globalization;
using System.Text;
using CaseFlow.Bench.Assessment;
using CaseFlow.Bench.Embedded;
using CaseFlow.Bench.Goals;
using CaseFlow.Bench.Load;
using CaseFlow.Bench.Micro;

namespace CaseFlow.Bench.Suite;

/// <summary>The run as Markdown tables: the file docs/benchmarks.md quotes.</summary>
internal static class MarkdownReport
{
    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    /// <summary>The report in Markdown, showing the <paramref name="plots"/> (files beside it) after the goals.</summary>
    public static string Render(BenchReport report, IReadOnlyList<string>? plots = null)
    {
        var md = new StringBuilder();
        Line(md, $"Measured {report.Date.ToString("yyyy-MM-dd HH:mm zzz", Invariant)} on {report.Machine}; the suite took {F(report.ElapsedSeconds / 60, 1)} min.");
        Line(md, "Numbers on a shared two-core machine are noisy: read the ratios (measured side by side in one run), not the absolutes.");
        Line(md, "Every SQLite store here, CaseFlow's and the saga peer's, commits with `synchronous = FULL`: a command or message is acknowledged only once its write is on disk.");
        if (report.Goals.Count > 0)
        {
            RenderGoals(md, report.Goals);
        }

        foreach (var plot in plots ?? [])
        {
            md.AppendLine();
            md.AppendLine(Invariant, $"![{Path.GetFileNameWithoutExtension(plot)}]({Path.GetFileName(plot)})");
        }

        if (report.Embedded.Count > 0)
        {
            RenderEmbedded(md, report.Embedded);
        }

        if (report.Load.Count > 0)
        {
            RenderLoad(md, report);
        }

        if (report.ScaleOut.Count > 0)
        {
            RenderScaleOut(md, report);
        }

        if (report.Micro.Count > 0)
        {
            RenderMicro(md, report.Micro);
        }

        if (report.Verify is { } v)
        {
            md.AppendLine();
            Line(md, $"**Verify at scale** — `ChainVerifier.VerifyAsync` over a SQLite store of closed 10-event cases, written in bulk row for row as the store writes them (through `SqliteCaseStore.AppendAsync`, one event per append, a sample ran at {v.AppendEventsPerSecond:N0} events/s: {F(v.AppendProjectedSeconds / 60, 1)} min for this store).");
            md.AppendLine();
            md.AppendLine("| events | cases | build the store | store size | verify | events/s | intact |");
            md.AppendLine("| ---: | ---: | ---: | ---: | ---: | ---: | :---: |");
            md.AppendLine(Invariant, $"| {v.Events:N0} | {v.Cases:N0} | {F(v.BuildSeconds, 1)} s | {F(v.StoreMegabytes, 0)} MB | {F(v.VerifySeconds, 1)} s | {v.EventsPerSecond:N0} | {(v.Intact ? "yes" : "**no**")} |");
        }

        if (report.Assessment is { } assessment)
        {
            AssessmentMarkdown.Render(md, assessment);
        }

        if (report.Memory is { } memory)
        {
            md.AppendLine();
            Line(md, "**Resident memory** — the engine as Host composes it over a store of open cases written in bulk (half submitted, half assigned and not signed for), every case then read through the case service, which keeps its state in the cache; the process's working set after a full compacting collection.");
            md.AppendLine();
            md.AppendLine("| open cases | state cache capacity | states held | resident before reading | resident after | per held case | managed heap after |");
            md.AppendLine("| ---: | ---: | ---: | ---: | ---: | ---: | ---: |");
            md.AppendLine(Invariant, $"| {memory.OpenCases:N0} | {memory.Capacity:N0} | {memory.Held:N0} | {F(memory.BaselineBytes / 1048576.0, 0)} MB | {F(memory.Bytes / 1048576.0, 0)} MB | {F(memory.BytesPerHeldCase / 1024, 1)} KB | {F(memory.HeapBytes / 1048576.0, 0)} MB |");
            md.AppendLine(Invariant, $"| {memory.OpenCases:N0} | {memory.BoundedCapacity:N0} (default) | {memory.BoundedHeld:N0} | {F(memory.BoundedBaselineBytes / 1048576.0, 0)} MB | {F(memory.BoundedBytes / 1048576.0, 0)} MB | | |");
        }

        return md.ToString();
    }

    private static void RenderGoals(StringBuilder md, IReadOnlyList<GoalResult> goals)
    {
        md.AppendLine();
        Line(md, "**Goals of issue #17** — each measured in this run (ratio = measured ÷ target; for an at-most goal below 1 is better). \"not run\": its part was not asked for; \"not measured\": the part ran, or does not exist yet, without giving the number.");
        md.AppendLine();
        md.AppendLine("| goal | measured | target | ratio | verdict | from |");
        md.AppendLine("| --- | ---: | ---: | ---: | :---: | --- |");
        foreach (var g in goals)
        {
            var verdict = g.Status is GoalStatus.Pass or GoalStatus.Fail ? $"**{g.StatusText}**" : g.StatusText;
            md.AppendLine(Invariant, $"| {g.Goal.Name} | {g.MeasuredText} | {g.Goal.TargetText} | {g.RatioText} | {verdict} | {g.Detail} |");
        }
    }

    private static void RenderEmbedded(StringBuilder md, IReadOnlyList<EmbeddedResult> embedded)
    {
        md.AppendLine();
        Line(md, $"**Embedded engine** — `CaseService` as `AddCaseFlow` composes it, called directly (no bus; the publisher only counts what the outbox hands it), on a fresh SQLite file with `synchronous = FULL` per level, each case around the whole loop ({Lifecycle.Steps} commands, the contracts the bus scenarios send, mapped by `CommandMapper`, each with a message id for the inbox), driven for {F(embedded[0].Seconds, 0)} s or so per level after an unmeasured warm-up. Transitions are commands accepted; events appended are counted in the file; appends per commit is how many commands group commit stored in each transaction.");
        md.AppendLine();
        md.AppendLine("| cases in flight | cases | transitions/s | events appended/s | cases/s | appends per commit | published per command | case, submit → close (p50 / p95 / p99 ms) |");
        md.AppendLine("| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |");
        foreach (var e in embedded)
        {
            md.AppendLine(Invariant, $"| {e.Concurrency} | {e.Cases:N0} | {F(e.TransitionsPerSecond, 0)} | {F(e.EventsPerSecond, 0)} | {F(e.CasesPerSecond, 1)} | {F(e.AppendsPerCommit, 1)} | {F(e.PublishedPerCommand, 2)} | {P(e.CaseMs)} |");
        }

        md.AppendLine();
        Line(md, "Latency of each command, ms (p50 / p95 / p99), by cases in flight:");
        md.AppendLine();
        md.AppendLine("| command | " + string.Join(" | ", embedded.Select(e => e.Concurrency.ToString(Invariant) + " in flight")) + " |");
        md.AppendLine("| --- |" + string.Concat(embedded.Select(_ => " ---: |")));
        foreach (var command in embedded[0].Commands.Select(c => c.Command))
        {
            var cells = embedded.Select(e => e.Commands.FirstOrDefault(c => c.Command == command) is { } c ? PreciseP(c.Ms) : "");
            md.AppendLine(Invariant, $"| {command} | {string.Join(" | ", cells)} |");
        }
    }

    private static void RenderLoad(StringBuilder md, BenchReport report)
    {
        md.AppendLine();
        Line(md, $"**End to end** — {report.Cases} in-scope cases per scenario, each around the whole loop (submit → register → triage → dispatch → assign → sign for → progress → complete → feed back → confirm → rate, 11 request/reply messages), {report.Concurrency} cases in flight, after 24 warm-up cases. On each transport CaseFlow and the two peers take turns in {report.Rounds} rounds, so the machine's other work falls on all three alike. Latencies in ms (p50 / p95 / p99).");
        md.AppendLine();
        md.AppendLine("| scenario | store | cases/s | transitions/s | bus msgs per command | submit → dispatch | submit → close |");
        md.AppendLine("| --- | --- | ---: | ---: | ---: | ---: | ---: |");
        foreach (var l in report.Load)
        {
            md.AppendLine(Invariant, $"| {l.Scenario} | {l.Store} | {F(l.CasesPerSecond, 1)} | {F(l.TransitionsPerSecond, 0)} | {F(l.MessagesPerCommand, 2)} | {P(l.SubmitToDispatchMs)} | {P(l.SubmitToCloseMs)} |");
        }

        if (report.Limits.Count > 0)
        {
            md.AppendLine();
            Line(md, $"**Limits** — the same number of messages ({report.Limits[0].Messages:N0}, one per CaseFlow command) through the bare plumbing, 256 outstanding at once, beside CaseFlow's throughput on the same transport.");
            md.AppendLine();
            md.AppendLine("| limit | transport | messages/s | CaseFlow commands/s as a share | CaseFlow bus messages/s as a share |");
            md.AppendLine("| --- | --- | ---: | ---: | ---: |");
            foreach (var limit in report.Limits)
            {
                var commands = report.Ratios.FirstOrDefault(r => r.Against == limit.Name && r.Transport == limit.Transport && r.What.StartsWith("commands", StringComparison.Ordinal));
                var bus = report.Ratios.FirstOrDefault(r => r.Against == limit.Name && r.Transport == limit.Transport && r.What.StartsWith("bus", StringComparison.Ordinal));
                md.AppendLine(Invariant, $"| {limit.Name} | {limit.Transport} | {F(limit.MessagesPerSecond, 0)} | {Share(commands)} | {Share(bus)} |");
            }
        }

        var peers = report.Ratios.Where(r => r.What.StartsWith("cases", StringComparison.Ordinal)).ToList();
        if (peers.Count > 0)
        {
            md.AppendLine();
            Line(md, "**Peer** — CaseFlow's cases/s over the MassTransit saga state machine's, same load, same transport. The SQLite repository is durable like CaseFlow's store; the in-memory repository keeps nothing across a restart and flatters the peer. Neither peer keeps a history, a hash chain or a declared definition.");
            md.AppendLine();
            md.AppendLine("| transport | peer | CaseFlow cases/s | peer cases/s | CaseFlow ÷ peer |");
            md.AppendLine("| --- | --- | ---: | ---: | ---: |");
            foreach (var r in peers)
            {
                md.AppendLine(Invariant, $"| {r.Transport} | {r.Against} | {F(r.CaseFlow, 1)} | {F(r.Other, 1)} | {F(r.Value, 2)}× |");
            }
        }
    }

    private static void RenderScaleOut(StringBuilder md, BenchReport report)
    {
        md.AppendLine();
        Line(md, $"**Scale-out** — the same load ({report.Cases} cases around the whole loop, {report.Concurrency} in flight) over RabbitMQ: the embedded SQLite store, then PostgreSQL (a throwaway cluster on this machine with fsync and synchronous commit on) with one instance and with two instances sharing the command queue and the database (two whole services in one process: own bus connections, consumers, outbox relays and timer pumps). The three take turns in {report.Rounds} rounds. On two cores the instances, the broker and PostgreSQL share the same CPUs, so a second instance shows the cost of coordination, not the gain of a second machine.");
        md.AppendLine();
        md.AppendLine("| scenario | store | cases/s | transitions/s | × SQLite, 1 instance | submit → dispatch | submit → close |");
        md.AppendLine("| --- | --- | ---: | ---: | ---: | ---: | ---: |");
        var baseline = report.ScaleOut[0].CasesPerSecond;
        foreach (var l in report.ScaleOut)
        {
            md.AppendLine(Invariant, $"| {l.Scenario} | {l.Store} | {F(l.CasesPerSecond, 1)} | {F(l.TransitionsPerSecond, 0)} | {F(l.CasesPerSecond / baseline, 2)}× | {P(l.SubmitToDispatchMs)} | {P(l.SubmitToCloseMs)} |");
        }
    }

    private static void RenderMicro(StringBuilder md, IReadOnlyList<MicroResult> micro)
    {
        md.AppendLine();
        Line(md, "**Micro** (BenchmarkDotNet, a process per benchmark, warmed up until steady, 7 measured iterations of 250 ms, MemoryDiagnoser)");
        md.AppendLine();
        md.AppendLine("| benchmark | median | mean ± std. error | allocated per op | × bare Stateless Fire |");
        md.AppendLine("| --- | ---: | ---: | ---: | ---: |");
        var fire = micro.FirstOrDefault(m => m.Benchmark.StartsWith("Stateless: Fire", StringComparison.Ordinal));
        foreach (var m in micro)
        {
            var relative = fire is not null && m.Suite == fire.Suite ? $"{F(m.MedianNs / fire.MedianNs, 1)}×" : "";
            md.AppendLine(Invariant, $"| {m.Benchmark} | {Time(m.MedianNs)} | {Time(m.MeanNs)} ± {Time(m.StdErrNs)} | {Bytes(m.AllocatedBytes)} | {relative} |");
        }
    }

    private static string Share(Ratio? ratio) => ratio is null ? "" : $"{F(ratio.Value * 100, 1)} %";

    private static string P(Percentiles p) => $"{F(p.P50, 0)} / {F(p.P95, 0)} / {F(p.P99, 0)}";

    private static string PreciseP(Percentiles p) => $"{F(p.P50, 2)} / {F(p.P95, 2)} / {F(p.P99, 2)}";

    private static string F(double value, int decimals) => value.ToString("F" + decimals.ToString(Invariant), Invariant);

    private static string Time(double ns) => ns switch
    {
        >= 1_000_000 => $"{F(ns / 1_000_000, 2)} ms",
        >= 1_000 => $"{F(ns / 1_000, 2)} µs",
        _ => $"{F(ns, 1)} ns",
    };

    private static string Bytes(long? bytes) => bytes switch
    {
        null => "n/a",
        >= 1024 * 1024 => $"{F(bytes.Value / 1024.0 / 1024, 1)} MB",
        >= 1024 => $"{F(bytes.Value / 1024.0, 1)} KB",
        _ => $"{bytes} B",
    };

    private static void Line(StringBuilder md, string text) => md.AppendLine(text);
}
