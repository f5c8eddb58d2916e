using System.Globalization;

namespace CaseFlow.Bench.Suite;

/// <summary>What to run and how big: <c>all</c> (default), <c>embedded</c>, <c>load</c>, <c>micro</c>, <c>verify</c>, <c>scaleout</c>, <c>assessment</c> or <c>memory</c>, with sizes that keep the suite under ten minutes on two cores.</summary>
internal sealed record BenchArguments
{
    public string Part { get; init; } = "all";

    /// <summary>Cases per end-to-end scenario (after 24 warm-up cases that are not measured).</summary>
    public int Cases { get; init; } = 1000;

    /// <summary>Rounds the end-to-end cases are split into, CaseFlow and the peers taking turns.</summary>
    public int Rounds { get; init; } = 5;

    /// <summary>Cases in flight at once.</summary>
    public int Concurrency { get; init; } = 32;

    /// <summary>Seconds the embedded scenario drives cases at each level of concurrency (after an unmeasured warm-up).</summary>
    public int Seconds { get; init; } = 15;

    /// <summary>Events in the verification store.</summary>
    public long Events { get; init; } = 1_000_000;

    /// <summary>Cases in the assessment store.</summary>
    public int AssessedCases { get; init; } = 100_000;

    /// <summary>Open cases the memory part reads through the engine.</summary>
    public int OpenCases { get; init; } = 100_000;

    /// <summary>Where the results go.</summary>
    public string Output { get; init; } = Path.Combine("bench", "results");

    /// <summary>latest.json and latest.md for the whole suite; a single part writes latest-load.* and so on, leaving the suite's alone.</summary>
    public string FileStem => Part == "all" ? "latest" : $"latest-{Part}";

    public bool Runs(string part) => Part == "all" || Part == part;

    public const string Usage = """
        usage: CaseFlow.Bench plots [DIR]   (draws the plots again from DIR/latest.json, default bench/results)
               CaseFlow.Bench [all|embedded|load|micro|verify|scaleout|assessment|memory] [--cases N] [--rounds N] [--concurrency N] [--seconds N] [--events N] [--assessed N] [--open N] [--output DIR]
          all      everything (default): micro-benchmarks, the embedded engine, end-to-end load with limits and peer,
                   scale-out, verify at scale, assessment at scale, resident memory; then the goals of issue #17, each
                   PASS or FAIL
          embedded the case service called directly on durable SQLite, 1, 8, 32 and 64 cases in flight
          load     end-to-end load only: CaseFlow, the MassTransit saga peer and the raw limits, in memory and over RabbitMQ
          micro    BenchmarkDotNet micro-benchmarks only
          verify   the verification store only
          assessment indicators and the monthly brief over the assessment projection beside the replay
          memory   resident memory with many open cases read through the engine, the state cache holding them all
                   and at its default capacity
          scaleout CaseFlow over RabbitMQ: SQLite, PostgreSQL with one and with two instances (needs
                   CASEFLOW_BENCH_POSTGRES, which bench.sh sets)
          --cases N        cases per end-to-end scenario (default 1000)
          --rounds N       rounds the systems take turns in (default 5)
          --concurrency N  cases in flight (default 32; the embedded part always measures 1, 8, 32 and 64)
          --seconds N      seconds the embedded part drives each level of concurrency (default 15)
          --events N       events in the verification store (default 1000000)
          --assessed N     cases in the assessment store (default 100000)
          --open N         open cases the memory part reads (default 100000)
          --output DIR     where latest.json and latest.md are written (default bench/results; a single part
                           writes latest-load.json, latest-micro.md and so on)
        """;

    public static BenchArguments? Parse(string[] args)
    {
        var parsed = new BenchArguments();
        for (var i = 0; i < args.Length; i++)
        {
            var value = i + 1 < args.Length ? args[i + 1] : null;
            switch (args[i])
            {
                case "all" or "embedded" or "load" or "micro" or "verify" or "scaleout" or "assessment" or "memory":
                    parsed = parsed with { Part = args[i] };
                    break;
                case "--cases" when Positive(value) is { } n:
                    parsed = parsed with { Cases = (int)n };
                    i++;
                    break;
                case "--rounds" when Positive(value) is { } n:
                    parsed = parsed with { Rounds = (int)n };
                    i++;
                    break;
                case "--concurrency" when Positive(value) is { } n:
                    parsed = parsed with { Concurrency = (int)n };
                    i++;
                    break;
                case "--seconds" when Positive(value) is { } n && n <= 3600:
                    parsed = parsed with { Seconds = (int)n };
                    i++;
                    break;
                case "--events" when Positive(value) is { } n:
                    parsed = parsed with { Events = n };
                    i++;
                    break;
                case "--assessed" when Positive(value) is { } n:
                    parsed = parsed with { AssessedCases = (int)n };
                    i++;
                    break;
                case "--open" when Positive(value) is { } n && n <= 10_000_000:
                    parsed = parsed with { OpenCases = (int)n };
                    i++;
                    break;
                case "--output" when value is not null:
                    parsed = parsed with { Output = value };
                    i++;
                    break;
                case "--seconds":
                    Console.Error.WriteLine("CaseFlow.Bench: --seconds needs a whole number from 1 to 3600, e.g. --seconds 15");
                    return null;
                case "--cases" or "--rounds" or "--concurrency" or "--events" or "--assessed" or "--open":
                    Console.Error.WriteLine($"CaseFlow.Bench: {args[i]} needs a positive whole number, e.g. {args[i]} 300");
                    return null;
                case "--output":
                    Console.Error.WriteLine("CaseFlow.Bench: --output needs a directory, e.g. --output bench/results");
                    return null;
                default:
                    Console.Error.WriteLine($"CaseFlow.Bench: '{args[i]}' is neither a part (all, embedded, load, micro, verify, scaleout, assessment, memory) nor an option");
                    return null;
            }
        }

        return parsed;
    }

    private static long? Positive(string? value) =>
        long.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n > 0 ? n : null;
}
