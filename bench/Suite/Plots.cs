using System.Globalization;
using CaseFlow.Bench.Embedded;
using CaseFlow.Bench.Load;
using ScottPlot;

namespace CaseFlow.Bench.Suite;

/// <summary>
/// The plots docs/benchmarks.md shows, drawn from the report the suite writes (so they never disagree with it) and saved beside it:
/// throughput by concurrency (the embedded engine, against the goal), and latency percentiles per command for every end-to-end system.
/// Text is ASCII, so the plots read the same whatever fonts the machine has.
/// </summary>
internal static class Plots
{
    private const int Width = 900;
    private const int Height = 480;

    /// <summary>Draws what the report has data for; returns the files written.</summary>
    public static IReadOnlyList<string> Draw(BenchReport report, string stem)
    {
        var written = new List<string>();
        if (report.Embedded.Count > 0)
        {
            written.Add(Throughput(report.Embedded, stem + "-throughput.png"));
        }

        if (report.Load.Count > 0)
        {
            written.Add(Latency(report.Load, stem + "-latency.png"));
        }

        return written;
    }

    private static string Throughput(IReadOnlyList<EmbeddedResult> embedded, string path)
    {
        var plot = new Plot();
        var bars = embedded.Select((e, i) => new Bar
        {
            Position = i,
            Value = e.TransitionsPerSecond,
            Label = e.TransitionsPerSecond.ToString("N0", CultureInfo.InvariantCulture),
            FillColor = Colors.SteelBlue,
        }).ToList();
        plot.Add.Bars(bars);
        var goal = plot.Add.HorizontalLine(10_000);
        goal.LinePattern = LinePattern.Dashed;
        goal.Color = Colors.FireBrick;
        plot.Axes.Bottom.TickGenerator = new ScottPlot.TickGenerators.NumericManual(
            [.. embedded.Select((_, i) => (double)i)],
            [.. embedded.Select(e => $"{e.Concurrency} in flight")]);
        plot.Axes.Margins(bottom: 0);
        plot.Axes.SetLimitsY(0, Math.Max(10_000, embedded.Max(e => e.TransitionsPerSecond)) * 1.15);
        plot.Title("Embedded engine, durable SQLite: transitions/s (dashed: goal)");
        plot.YLabel("transitions per second");
        plot.SavePng(path, Width, Height);
        return path;
    }

    private static string Latency(IReadOnlyList<LoadResult> load, string path)
    {
        var plot = new Plot();
        string[] names = ["p50", "p95", "p99"];
        Color[] colors = [Colors.SteelBlue, Colors.Orange, Colors.FireBrick];
        var bars = new List<Bar>();
        for (var s = 0; s < load.Count; s++)
        {
            double[] values = [load[s].StepMs.P50, load[s].StepMs.P95, load[s].StepMs.P99];
            for (var p = 0; p < values.Length; p++)
            {
                bars.Add(new Bar
                {
                    Position = s * 4 + p,
                    Value = values[p],
                    Label = values[p].ToString(values[p] < 10 ? "F1" : "F0", CultureInfo.InvariantCulture),
                    FillColor = colors[p],
                });
            }
        }

        plot.Add.Bars(bars);
        for (var p = 0; p < names.Length; p++)
        {
            plot.Legend.ManualItems.Add(new LegendItem { LabelText = names[p], FillColor = colors[p] });
        }

        plot.ShowLegend(Alignment.UpperLeft);
        plot.Axes.Bottom.TickGenerator = new ScottPlot.TickGenerators.NumericManual(
            [.. load.Select((_, s) => s * 4 + 1.0)],
            [.. load.Select(l => Short(l))]);
        plot.Axes.Margins(bottom: 0);
        plot.Title("Latency of one command, end to end (ms)");
        plot.YLabel("milliseconds");
        plot.SavePng(path, Math.Max(Width, load.Count * 150), Height);
        return path;
    }

    /// <summary>A system's name short enough for a tick label, in ASCII: "CaseFlow\nin-memory", "saga peer (SQLite)\nRabbitMQ".</summary>
    private static string Short(LoadResult result)
    {
        var system = result.System.StartsWith("CaseFlow", StringComparison.Ordinal) ? "CaseFlow"
            : result.Store.StartsWith("in-memory", StringComparison.Ordinal) ? "saga peer (memory)"
            : "saga peer (SQLite)";
        return $"{system}\n{result.Transport}";
    }
}
