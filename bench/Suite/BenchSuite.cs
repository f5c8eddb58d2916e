using System.Diagnostics;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using CaseFlow.Bench.Assessment;
using CaseFlow.Bench.Embedded;
using CaseFlow.Bench.Goals;
using CaseFlow.Bench.Limits;
using CaseFlow.Bench.Load;
using CaseFlow.Bench.Micro;
using CaseFlow.Bench.Peer;
using CaseFlow.Bench.Scale;
using CaseFlow.Workflows.Compilation;

namespace CaseFlow.Bench.Suite;

/// <summary>
/// Runs the suite in one process so every ratio compares numbers measured side by side on the same machine: micro-benchmarks, the
/// embedded engine (the case service called directly), then per transport CaseFlow and the saga peer (durable and in-memory
/// repository) taking turns round by round, then the bare limits, scale-out, verification and assessment at scale, resident memory; last, the goals of issue
/// #17, each PASS or FAIL. A FAIL is a finding, not an error: the exit code is not zero only when something broke.
/// </summary>
internal static class BenchSuite
{
    // Relaxed escaping keeps "+", "÷" and Chinese readable in the committed file; it is never embedded in HTML.
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        WriteIndented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        Converters = { new JsonStringEnumConverter() },
    };

    public static async Task<int> RunAsync(BenchArguments arguments)
    {
        var clock = Stopwatch.StartNew();
        var definition = CompiledDefinition.LoadFile(MicroDefinition.Path);
        var machine = MachineInfo.Current();
        Console.WriteLine($"CaseFlow benchmarks on {machine}");
        var micro = arguments.Runs("micro") ? MicroRunner.Run(Path.Combine(Path.GetTempPath(), "caseflow-bench-artifacts")) : [];
        var embedded = arguments.Runs("embedded") ? await EmbeddedAsync(definition, arguments) : [];
        var (load, limits) = arguments.Runs("load") ? await LoadAsync(definition, arguments) : ([], []);
        var scaleOut = arguments.Runs("scaleout") ? await ScaleOutWithRetryAsync(definition, arguments) : [];
        var verify = arguments.Runs("verify") ? await VerifyAtScale.RunAsync(definition, arguments.Events) : null;
        var assessment = arguments.Runs("assessment") ? await AssessmentAtScale.RunAsync(MicroDefinition.Path, arguments.AssessedCases) : null;
        var memory = arguments.Runs("memory") ? await MemoryAsync(arguments) : null;
        var report = new BenchReport
        {
            Date = DateTimeOffset.Now,
            Machine = machine,
            Cases = arguments.Cases,
            Concurrency = arguments.Concurrency,
            Rounds = arguments.Rounds,
            ElapsedSeconds = clock.Elapsed.TotalSeconds,
            Embedded = embedded,
            Load = load,
            Limits = limits,
            Ratios = Ratios(load, limits),
            ScaleOut = scaleOut,
            Micro = micro,
            Verify = verify,
            Assessment = assessment,
            Memory = memory,
        };
        report = report with { Goals = IssueSeventeenGoals.Evaluate(report, arguments) };

        Directory.CreateDirectory(arguments.Output);
        var stem = Path.Combine(arguments.Output, arguments.FileStem);
        var markdown = MarkdownReport.Render(report, Plots.Draw(report, stem));
        await File.WriteAllTextAsync(stem + ".json", JsonSerializer.Serialize(report, Json) + "\n");
        await File.WriteAllTextAsync(stem + ".md", markdown);
        Console.WriteLine();
        Console.WriteLine(markdown);
        Console.WriteLine($"Wrote {stem}.json and {stem}.md; the suite took {clock.Elapsed:m\\:ss}.");
        Console.WriteLine("Goals of issue #17 (measured ÷ target; the exit code does not depend on them):");
        foreach (var goal in report.Goals)
        {
            Console.WriteLine($"  {goal.StatusText,-12} {goal.Goal.Name}: {goal.MeasuredText} (target {goal.Goal.TargetText}, ratio {goal.RatioText}) — {goal.Detail}");
        }

        return verify is { Intact: false } || (arguments.Runs("memory") && memory is null) ? 1 : 0;
    }

    /// <summary>Draws the plots again from <c>latest.json</c> in <paramref name="directory"/>, writing nothing else.</summary>
    public static async Task<int> RedrawPlotsAsync(string directory)
    {
        var path = Path.Combine(directory, "latest.json");
        if (!File.Exists(path))
        {
            await Console.Error.WriteLineAsync($"CaseFlow.Bench plots: there is no {path}; run ./bench.sh first, or name the folder that holds latest.json");
            return 2;
        }

        var report = JsonSerializer.Deserialize<BenchReport>(await File.ReadAllTextAsync(path), Json)
            ?? throw new InvalidOperationException($"{path} holds no report");
        foreach (var plot in Plots.Draw(report, Path.Combine(directory, "latest")))
        {
            Console.WriteLine($"drew {plot}");
        }

        return 0;
    }

    /// <summary>The memory part; a failure is reported and the rest of the suite's results are still written (the exit code says it).</summary>
    private static async Task<ResidentMemory?> MemoryAsync(BenchArguments arguments)
    {
        try
        {
            return await MemoryScenario.RunAsync(arguments.OpenCases);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            Console.Error.WriteLine($"memory: the part failed, its goal is left unmeasured: {e}");
            return null;
        }
    }

    private static async Task<IReadOnlyList<EmbeddedResult>> EmbeddedAsync(CompiledDefinition definition, BenchArguments arguments)
    {
        Console.WriteLine($"embedded: the case service called directly, durable SQLite (synchronous=FULL), {string.Join(", ", EmbeddedScenario.Concurrencies)} cases in flight, {arguments.Seconds} s each");
        return await EmbeddedScenario.RunAsync(CaseRoute.InScope(definition), TimeSpan.FromSeconds(arguments.Seconds));
    }

    private static async Task<(IReadOnlyList<LoadResult>, IReadOnlyList<LimitResult>)> LoadAsync(CompiledDefinition definition, BenchArguments arguments)
    {
        RabbitMqVirtualHost.EnsureRunning();
        var routes = CaseRoute.InScope(definition);
        var load = new List<LoadResult>();
        var limits = new List<LimitResult>();
        foreach (var rabbitMq in new[] { false, true })
        {
            for (var attempt = 1; ; attempt++)
            {
                try
                {
                    var (results, transportLimits) = await TransportAsync(definition, routes, arguments, rabbitMq);
                    load.AddRange(results);
                    limits.AddRange(transportLimits);
                    break;
                }
                catch (Exception e) when (rabbitMq && attempt == 1 && e is not OutOfMemoryException)
                {
                    // The broker is shared with everything else on this machine (test suites stop and start it): one fresh try.
                    Console.WriteLine($"the RabbitMQ part failed ({e.GetType().Name}: {e.Message.Split('\n')[0]}); waiting for the broker and running it again");
                    RabbitMqVirtualHost.AwaitBroker();
                }
            }
        }

        return (load, limits);
    }

    /// <summary>One transport: CaseFlow and the peers side by side, then the limits with one message per CaseFlow command.</summary>
    private static async Task<(IReadOnlyList<LoadResult>, IReadOnlyList<LimitResult>)> TransportAsync(CompiledDefinition definition, IReadOnlyList<CaseRoute> routes, BenchArguments arguments, bool rabbitMq)
    {
        var results = await SideBySideAsync(definition, routes, arguments, rabbitMq);
        foreach (var result in results)
        {
            Console.WriteLine($"  {result.Scenario}: {result.CasesPerSecond:F1} cases/s, {result.TransitionsPerSecond:F0} transitions/s, submit→close p50 {result.SubmitToCloseMs.P50:F0} ms");
        }

        var messages = (long)arguments.Cases * Lifecycle.Steps;
        var limits = new List<LimitResult>();
        if (rabbitMq)
        {
            limits.Add(await RawRabbitMqLimit.RunAsync(messages, RawRabbitMqLimit.SampleBody()));
        }

        limits.Add(await RawMassTransitLimit.RunAsync(messages, rabbitMq));
        foreach (var limit in limits)
        {
            Console.WriteLine($"limit: {limit.Name} ({limit.Transport}): {limit.MessagesPerSecond:F0} messages/s");
        }

        return (results, limits);
    }

    private static async Task<IReadOnlyList<LoadResult>> SideBySideAsync(CompiledDefinition definition, IReadOnlyList<CaseRoute> routes, BenchArguments arguments, bool rabbitMq)
    {
        var transport = rabbitMq ? "RabbitMQ" : "in-memory";
        Console.WriteLine($"end-to-end, {transport}: CaseFlow and the saga peer (SQLite, in-memory repository) take turns, {arguments.Rounds} rounds, {arguments.Cases} cases each, {arguments.Concurrency} in flight");
        await using var caseFlow = await CaseFlowTarget.StartAsync(rabbitMq);
        await using var durablePeer = await PeerTarget.StartAsync(definition, rabbitMq, durable: true);
        await using var inMemoryPeer = await PeerTarget.StartAsync(definition, rabbitMq, durable: false);
        var results = await LoadDriver.RunSideBySideAsync(
            [($"CaseFlow, {transport}", caseFlow), ($"Saga peer, SQLite repository, {transport}", durablePeer), ($"Saga peer, in-memory repository, {transport}", inMemoryPeer)],
            routes, arguments.Cases, arguments.Concurrency, arguments.Rounds);
        if (await durablePeer.StoredSagasAsync() is var stored && stored != arguments.Cases + LoadDriver.WarmUpCases)
        {
            throw new InvalidOperationException($"the peer's SQLite table holds {stored} sagas, expected {arguments.Cases + LoadDriver.WarmUpCases}: the durable repository was not the one used");
        }

        return results;
    }

    private static async Task<IReadOnlyList<LoadResult>> ScaleOutWithRetryAsync(CompiledDefinition definition, BenchArguments arguments)
    {
        try
        {
            return await ScaleOutAsync(definition, arguments);
        }
        catch (Exception e) when (e is not OutOfMemoryException && !e.Message.Contains(PostgresBenchDatabase.Variable, StringComparison.Ordinal))
        {
            // The broker is shared with everything else on this machine (test suites stop and start it): one fresh try.
            Console.WriteLine($"the scale-out part failed ({e.GetType().Name}: {e.Message.Split('\n')[0]}); waiting for the broker and running it again");
            RabbitMqVirtualHost.AwaitBroker();
            return await ScaleOutAsync(definition, arguments);
        }
    }

    /// <summary>
    /// Scale-out over RabbitMQ: the embedded store (SQLite, which one instance only can serve) beside PostgreSQL with one instance and
    /// with two sharing the command queue and the database, taking turns round by round like the other scenarios.
    /// </summary>
    private static async Task<IReadOnlyList<LoadResult>> ScaleOutAsync(CompiledDefinition definition, BenchArguments arguments)
    {
        RabbitMqVirtualHost.EnsureRunning();
        PostgresBenchDatabase.Server();
        var routes = CaseRoute.InScope(definition);
        Console.WriteLine($"scale-out, RabbitMQ: SQLite (1 instance), PostgreSQL (1 instance), PostgreSQL (2 instances) take turns, {arguments.Rounds} rounds, {arguments.Cases} cases each, {arguments.Concurrency} in flight");
        await using var sqlite = await CaseFlowTarget.StartAsync(rabbitMq: true);
        await using var one = await CaseFlowTarget.StartAsync(rabbitMq: true, postgres: true, instances: 1);
        await using var two = await CaseFlowTarget.StartAsync(rabbitMq: true, postgres: true, instances: 2);
        var results = await LoadDriver.RunSideBySideAsync(
            [("CaseFlow, RabbitMQ, SQLite, 1 instance", sqlite), ("CaseFlow, RabbitMQ, PostgreSQL, 1 instance", one), ("CaseFlow, RabbitMQ, PostgreSQL, 2 instances", two)],
            routes, arguments.Cases, arguments.Concurrency, arguments.Rounds);
        foreach (var result in results)
        {
            Console.WriteLine($"  {result.Scenario}: {result.CasesPerSecond:F1} cases/s, {result.TransitionsPerSecond:F0} transitions/s, submit→close p50 {result.SubmitToCloseMs.P50:F0} ms");
        }

        return results;
    }

    private static List<Ratio> Ratios(IReadOnlyList<LoadResult> load, IReadOnlyList<LimitResult> limits)
    {
        var ratios = new List<Ratio>();
        foreach (var caseFlow in load.Where(l => l.System == "CaseFlow"))
        {
            foreach (var limit in limits.Where(l => l.Transport == caseFlow.Transport))
            {
                ratios.Add(new Ratio("commands/s ÷ messages/s", caseFlow.Transport, limit.Name, caseFlow.TransitionsPerSecond, limit.MessagesPerSecond, "messages/s"));
                ratios.Add(new Ratio("bus messages/s ÷ messages/s", caseFlow.Transport, limit.Name,
                    caseFlow.TransitionsPerSecond * caseFlow.MessagesPerCommand, limit.MessagesPerSecond, "messages/s"));
            }

            foreach (var peer in load.Where(l => l.System != "CaseFlow" && l.Transport == caseFlow.Transport))
            {
                ratios.Add(new Ratio("cases/s ÷ cases/s", caseFlow.Transport, $"{peer.System}, {peer.Store}", caseFlow.CasesPerSecond, peer.CasesPerSecond, "cases/s"));
            }
        }

        return ratios;
    }
}
