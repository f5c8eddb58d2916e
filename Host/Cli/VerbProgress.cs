using System.Diagnostics;
using System.Globalization;
using Spectre.Console;

namespace CaseFlow.Host.Cli;

/// <summary>
/// Progress of a long verb (verify, export, the demo waiting on the county): a progress bar on a terminal, and plain lines on the
/// error stream, at most one every few seconds, when the output is redirected, so that a log or a pipe shows the verb is alive
/// without mixing with what it prints.
/// </summary>
internal static class VerbProgress
{
    /// <summary>How often a redirected run says how far it has got.</summary>
    public static readonly TimeSpan LineInterval = TimeSpan.FromSeconds(2);

    /// <summary>Runs <paramref name="work"/>, showing the counts it reports against <paramref name="total"/> (null: not known).</summary>
    public static async Task<T> RunAsync<T>(VerbContext context, string what, string unit, long? total, Func<IProgress<long>, Task<T>> work)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(work);
        if (!context.Interactive)
        {
            var lines = new Lines(context.Error, what, unit, total, LineInterval);
            var result = await work(lines);
            lines.Finish();
            return result;
        }

        return await AnsiConsole.Progress()
            .AutoClear(true)
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new ElapsedTimeColumn(), new SpinnerColumn())
            .StartAsync(async progress =>
            {
                var task = progress.AddTask(what, maxValue: total is > 0 ? total.Value : 1);
                task.IsIndeterminate = total is not > 0;
                var result = await work(new Bar(task));
                task.Value = task.MaxValue;
                return result;
            });
    }

    /// <summary>Reports to a Spectre progress task; the task is read by the renderer's thread, which Spectre synchronises.</summary>
    private sealed class Bar(ProgressTask task) : IProgress<long>
    {
        public void Report(long value) => task.Value = Math.Min(value, task.MaxValue);
    }

    /// <summary>Plain lines, written on the reporting thread (never after the verb has ended), no more often than <paramref name="interval"/>.</summary>
    internal sealed class Lines(TextWriter error, string what, string unit, long? total, TimeSpan interval) : IProgress<long>
    {
        private readonly Stopwatch _clock = Stopwatch.StartNew();
        private readonly Lock _gate = new();
        private TimeSpan _lastLine;
        private long _last = -1;
        private bool _said;

        public void Report(long value)
        {
            lock (_gate)
            {
                _last = value;
                if (_clock.Elapsed - _lastLine < interval)
                {
                    return;
                }

                _lastLine = _clock.Elapsed;
                Say(value);
            }
        }

        /// <summary>A last line, only when a line was said before (a verb that ends quickly prints nothing extra).</summary>
        public void Finish()
        {
            lock (_gate)
            {
                if (_said && _last >= 0)
                {
                    Say(_last);
                }
            }
        }

        private void Say(long value)
        {
            _said = true;
            var of = total is > 0 ? string.Create(CultureInfo.InvariantCulture, $" of {total:N0} ({100.0 * value / total.Value:F0} %)") : "";
            error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{what}: {value:N0}{of} {unit}, {_clock.Elapsed.TotalSeconds:F0} s"));
        }
    }
}
