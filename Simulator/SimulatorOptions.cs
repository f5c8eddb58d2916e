using System.Collections;
using System.CommandLine;
using System.CommandLine.Help;
using System.CommandLine.Parsing;
using System.Globalization;

namespace CaseFlow.Simulator;

/// <summary>How the simulated county behaves and which broker it talks to; each option comes from an argument or, failing that, the environment.</summary>
internal sealed record SimulatorOptions
{
    public string Host { get; init; } = "127.0.0.1";

    public int Port { get; init; } = 5672;

    public string VirtualHost { get; init; } = "/";

    public string Username { get; init; } = "county12345";

    public string Password { get; init; } = "";

    public string Queue { get; init; } = "county12345-simulator";

    public int DelayMs { get; init; } = 2000;

    public double SendBackRate { get; init; } = 0.2;

    public double ProgressRate { get; init; } = 0.5;

    public double UrgeRate { get; init; } = 0.2;

    public int WorkingDays { get; init; } = 5;

    public int? Seed { get; init; }

    public int HandDown { get; init; }

    /// <summary>
    /// Runs the simulator's command line: the options from the arguments, else the environment (COUNTY12345_…), else their defaults;
    /// <c>--help</c> describes them and does nothing else; a wrong value exits 2 saying what would be right, with the usage on standard error.
    /// </summary>
    public static async Task<int> RunAsync(string[] args, IDictionary environment, Func<SimulatorOptions, Task<int>> run, TextWriter output, TextWriter error)
    {
        var defaults = new SimulatorOptions();
        var host = Text("--host", "broker host", defaults.Host, environment);
        var port = Whole("--port", "AMQP port", defaults.Port, 1, 65535, environment);
        var vhost = Text("--vhost", "virtual host", defaults.VirtualHost, environment);
        var user = Text("--user", "the county's own broker user; everything the simulator sends carries it as its AMQP user_id, which CaseFlow maps to the county", defaults.Username, environment);
        var password = Text("--password", "that user's password (required)", defaults.Password, environment);
        var queue = Text("--queue", "the simulator's queue", defaults.Queue, environment);
        var delay = Whole("--delay-ms", "pause before each answer, in milliseconds", defaults.DelayMs, 0, 3_600_000, environment);
        var sendBack = Rate("--send-back-rate", "share of escalated cases sent back as in scope, 0..1", defaults.SendBackRate, environment);
        var progress = Rate("--progress-rate", "share of cases with a progress notice, 0..1", defaults.ProgressRate, environment);
        var urge = Rate("--urge-rate", "share of cases with an urging notice (督办), 0..1", defaults.UrgeRate, environment);
        var days = Whole("--working-days", "the county's deadline, in working days from acceptance", defaults.WorkingDays, 1, 365, environment);
        var seed = new Option<int?>("--seed") { Description = $"seed for the random choices, for repeatable runs ({EnvironmentName("--seed")}; default: random)", HelpName = "N" };
        seed.DefaultValueFactory = result => environment[EnvironmentName("--seed")] is string { Length: > 0 } text ? Parse(result, text, "--seed", int.MinValue, int.MaxValue) : null;
        seed.CustomParser = result => Parse(result, result.Tokens[0].Value, "--seed", int.MinValue, int.MaxValue);
        var handDown = Whole("--hand-down", "hand N cases down to the township at start", defaults.HandDown, 0, 10_000, environment);

        var root = new RootCommand("CaseFlow county 12345 simulator: answers escalated cases over RabbitMQ and hands cases down to the township.")
        {
            host, port, vhost, user, password, queue, delay, sendBack, progress, urge, days, seed, handDown,
        };
        root.Validators.Add(result =>
        {
            if (string.IsNullOrEmpty(result.GetValue(password)))
            {
                var named = result.GetValue(user) is { Length: > 0 } given ? given : environment[EnvironmentName("--user")] as string ?? defaults.Username;
                result.AddError($"--password (or {EnvironmentName("--password")}) is required: the password of the broker user '{named}' the county connects as");
            }
        });
        root.SetAction(parsed => run(new SimulatorOptions
        {
            Host = parsed.GetValue(host)!,
            Port = parsed.GetValue(port),
            VirtualHost = parsed.GetValue(vhost)!,
            Username = parsed.GetValue(user)!,
            Password = parsed.GetValue(password)!,
            Queue = parsed.GetValue(queue)!,
            DelayMs = parsed.GetValue(delay),
            SendBackRate = parsed.GetValue(sendBack),
            ProgressRate = parsed.GetValue(progress),
            UrgeRate = parsed.GetValue(urge),
            WorkingDays = parsed.GetValue(days),
            Seed = parsed.GetValue(seed),
            HandDown = parsed.GetValue(handDown),
        }));

        var parsed = root.Parse(args);
        var configuration = new InvocationConfiguration { Output = output, Error = error, EnableDefaultExceptionHandler = false, ProcessTerminationTimeout = null };
        if (parsed.Errors.Count > 0 && parsed.Action is not HelpAction)
        {
            foreach (var problem in parsed.Errors)
            {
                await error.WriteLineAsync($"county12345 simulator: {problem.Message}");
            }

            await error.WriteLineAsync();
            root.Parse(["--help"]).Invoke(new InvocationConfiguration { Output = error, Error = error });
            return 2;
        }

        return await parsed.InvokeAsync(configuration);
    }

    /// <summary>The options for the start-up log; the password is not shown.</summary>
    public string Describe() =>
        $"host={Host}, port={Port}, vhost={VirtualHost}, user={Username}, queue={Queue}, delay-ms={DelayMs}, send-back-rate={SendBackRate}, " +
        $"progress-rate={ProgressRate}, urge-rate={UrgeRate}, working-days={WorkingDays}, seed={Seed?.ToString(CultureInfo.InvariantCulture) ?? "random"}, hand-down={HandDown}";

    private static string EnvironmentName(string option) => $"COUNTY12345_{option.TrimStart('-').Replace('-', '_').ToUpperInvariant()}";

    private static Option<string> Text(string name, string description, string fallback, IDictionary environment) => new(name)
    {
        Description = $"{description} ({EnvironmentName(name)})",
        HelpName = name.TrimStart('-').ToUpperInvariant(),
        DefaultValueFactory = _ => environment[EnvironmentName(name)] is string { Length: > 0 } value ? value : fallback,
    };

    private static Option<int> Whole(string name, string description, int fallback, int min, int max, IDictionary environment) => new(name)
    {
        Description = $"{description} ({EnvironmentName(name)})",
        HelpName = "N",
        DefaultValueFactory = result => environment[EnvironmentName(name)] is string { Length: > 0 } text ? Parse(result, text, name, min, max) ?? fallback : fallback,
        CustomParser = result => Parse(result, result.Tokens[0].Value, name, min, max) ?? fallback,
    };

    private static Option<double> Rate(string name, string description, double fallback, IDictionary environment) => new(name)
    {
        Description = $"{description} ({EnvironmentName(name)})",
        HelpName = "P",
        DefaultValueFactory = result => environment[EnvironmentName(name)] is string { Length: > 0 } text ? RateOf(result, text, name) : fallback,
        CustomParser = result => RateOf(result, result.Tokens[0].Value, name),
    };

    private static int? Parse(ArgumentResult result, string text, string name, int min, int max)
    {
        if (int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var n) && n >= min && n <= max)
        {
            return n;
        }

        result.AddError($"{name} '{text}' is not a whole number from {min} to {max}");
        return null;
    }

    private static double RateOf(ArgumentResult result, string text, string name)
    {
        if (double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var p) && p is >= 0 and <= 1)
        {
            return p;
        }

        result.AddError($"{name} '{text}' is not a rate from 0 to 1");
        return 0;
    }
}
