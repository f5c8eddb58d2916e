using System.Diagnostics;
using System.Text.Json;
using CaseFlow.Bench.Samples;
using CaseFlow.Engine.Assessment;
using CaseFlow.Engine.Cases;
using CaseFlow.Engine.Definitions;
using CaseFlow.Engine.History;
using CaseFlow.Host.Briefs;
using CaseFlow.Workflows.Compilation;

namespace CaseFlow.Bench.Assessment;

/// <summary>
/// The assessment at scale (#17: indicators and the monthly brief over 100,000 cases in ≤ 1 s): a SQLite store of that many cases
/// written in bulk, its projections rebuilt from the histories, then the month's indicators by platform and the monthly brief (laid
/// out as the Host serves it, without masking) computed as <see cref="AssessmentQueries"/> does, from the projection
/// (<see cref="CaseRecordReader.ReadAtAsync"/>) and by replaying every history (<see cref="CaseRecordReader.ReadAllAsync"/>), taking
/// turns round by round. Both must give the same brief.
/// </summary>
internal static class AssessmentAtScale
{
    private const int Rounds = 3;
    private const int AppendSampleCases = 100;

    /// <summary>The instant the first case is submitted.</summary>
    private static readonly DateTimeOffset Start = new(2026, 10, 15, 9, 0, 0, TimeSpan.FromHours(8));
    private static readonly AssessmentPeriod Month = AssessmentPeriod.Month(2026, 11);

    public static async Task<AssessmentResult> RunAsync(string definitionPath, int cases)
    {
        var path = SampleStore.NewPath("assessment");
        try
        {
            var store = SqliteCaseStore.ForFile(path);
            await store.InitialiseAsync();
            using var definitions = new DefinitionRegistry(store);
            await definitions.PublishAsync(await File.ReadAllTextAsync(definitionPath), definitionPath);
            var definition = definitions.Current;
            // Of every ten cases eight went the whole loop and closed, one was assigned and never signed for (overdue), one was only submitted.
            var closed = SampleCase.Closed(definition, progressReports: 0, start: Start);
            var assigned = SampleCase.AssignedToOffice(definition);
            var submitted = SampleCase.Submitted(definition, start: Start);
            var events = await BulkCaseWriter.WriteAsync(path, cases, "assess-", Start, c => (c % 10) switch { 8 => assigned, 9 => submitted, _ => closed });
            Console.WriteLine($"assessment: {cases:N0} cases ({events:N0} events) written in bulk; rebuilding their projections from the histories");

            var rebuilt = Stopwatch.GetTimestamp();
            var written = await store.RebuildAssessmentAsync(everyCase: true);
            var rebuildSeconds = Stopwatch.GetElapsedTime(rebuilt).TotalSeconds;
            if (written != cases)
            {
                throw new InvalidOperationException($"the rebuild wrote {written} projections for {cases} cases");
            }

            var asOf = Month.End(definition.Calendar).AddDays(10);
            var reader = new CaseRecordReader(store, definitions);
            var projected = new Timings();
            var replayed = new Timings();
            for (var round = 0; round < Rounds; round++)
            {
                var fromProjection = await projected.MeasureAsync(() => reader.ReadAtAsync(asOf), definition, asOf);
                var fromHistories = await replayed.MeasureAsync(() => reader.ReadAllAsync(), definition, asOf);
                if (fromProjection != fromHistories)
                {
                    throw new InvalidOperationException("the monthly brief read from the projection differs from the one replayed from the histories");
                }

                Console.WriteLine($"assessment round {round + 1}: projection {projected.Last}, replay {replayed.Last}");
            }

            var (appendRate, upkeep) = await AppendCostAsync(definition);
            return new AssessmentResult(cases, events, rebuildSeconds, projected.Indicators, projected.Monthly, replayed.Indicators, replayed.Monthly, appendRate, upkeep);
        }
        finally
        {
            SampleStore.Delete(path);
        }
    }

    /// <summary>
    /// Events per second through the store's append, one event per append as commands arrive (each keeping its case's projection),
    /// and the projection's share of it measured apart: the facts read back from JSON, the event folded in, written again.
    /// </summary>
    private static async Task<(double EventsPerSecond, double UpkeepMicroseconds)> AppendCostAsync(CompiledDefinition definition)
    {
        var (rate, samples) = await SampleStore.AppendRateAsync(definition, AppendSampleCases);
        var json = new JsonSerializerOptions(JsonSerializerDefaults.Web);
        var upkeep = Stopwatch.GetTimestamp();
        long folded = 0;
        foreach (var sample in samples)
        {
            var text = JsonSerializer.Serialize(AssessmentFacts.None, json);
            foreach (var e in sample.History)
            {
                text = JsonSerializer.Serialize(JsonSerializer.Deserialize<AssessmentFacts>(text, json)!.Then([e]), json);
                folded++;
            }
        }

        return (rate, Stopwatch.GetElapsedTime(upkeep).TotalMicroseconds / folded);
    }

    /// <summary>The best round of each query, read the same way.</summary>
    private sealed class Timings
    {
        public double Indicators { get; private set; } = double.MaxValue;

        public double Monthly { get; private set; } = double.MaxValue;

        public string Last { get; private set; } = "";

        /// <summary>Times the indicators and the monthly brief, each reading every case as the Host's query does; returns the brief's Markdown.</summary>
        public async Task<string> MeasureAsync(Func<Task<IReadOnlyList<CaseRecord>>> read, CompiledDefinition definition, DateTimeOffset asOf)
        {
            var started = Stopwatch.GetTimestamp();
            var received = IndicatorReport.Received(await read(), Month, definition, asOf);
            var rows = IndicatorReport.By(Dimensions.Platform, received, definition);
            var indicators = Stopwatch.GetElapsedTime(started).TotalSeconds;
            if (rows.Sum(r => r.Indicators.Received) != received.Count)
            {
                throw new InvalidOperationException("every received case should count for one platform");
            }

            started = Stopwatch.GetTimestamp();
            var brief = BriefContent.Monthly(Briefs.Monthly(await read(), Month, definition, asOf), definition, maxCasesPerSection: 50);
            var monthly = Stopwatch.GetElapsedTime(started).TotalSeconds;
            Indicators = Math.Min(Indicators, indicators);
            Monthly = Math.Min(Monthly, monthly);
            Last = $"indicators {indicators:F2} s, monthly brief {monthly:F2} s";
            return BriefRenderer.Markdown(brief);
        }
    }
}
