using System.Collections;
using System.Globalization;

namespace CaseFlow.Simulator;

/// <summary>How the simulated county behaves and which broker it talks to; each option comes from an argument or, failing that, the environment.</summary>
internal sealed record SimulatorOptions
{
    public const string Usage = """
        CaseFlow county 12345 simulator: answers escalated cases over RabbitMQ and hands cases down to the township.

        usage: dotnet run --project Simulator -- [options]

          --host HOST            broker host (COUNTY12345_HOST, default 127.0.0.1)
          --port PORT            AMQP port (COUNTY12345_PORT, default 5672)
          --vhost VHOST          virtual host (COUNTY12345_VHOST, default /)
          --user USER            the county's own broker user (COUNTY12345_USER, default county12345); everything the
                                 simulator sends carries it as its AMQP user_id, which CaseFlow maps to the county
          --password PASSWORD    that user's password (COUNTY12345_PASSWORD; required)
          --queue NAME           the simulator's queue (COUNTY12345_QUEUE, default county12345-simulator)
          --delay-ms N           pause before each answer, in milliseconds (COUNTY12345_DELAY_MS, default 2000)
          --send-back-rate P     share of escalated cases sent back as in scope, 0..1 (COUNTY12345_SEND_BACK_RATE, default 0.2)
          --progress-rate P      share of cases with a progress notice, 0..1 (COUNTY12345_PROGRESS_RATE, default 0.5)
          --urge-rate P          share of cases with an urging notice (督办), 0..1 (COUNTY12345_URGE_RATE, default 0.2)
          --working-days N       the county's deadline, in working days from acceptance (COUNTY12345_WORKING_DAYS, default 5)
          --seed N               seed for the random choices, for repeatable runs (COUNTY12345_SEED)
          --hand-down N          hand N cases down to the township at start (COUNTY12345_HAND_DOWN, default 0)
          --help                 this text
        """;

    private static readonly Option[] Options =
    [
        new("host", o => o.Host, (o, v) => o with { Host = v }),
        new("port", o => o.Port, (o, v) => o with { Port = Int(v, 1, 65535) }),
        new("vhost", o => o.VirtualHost, (o, v) => o with { VirtualHost = v }),
        new("user", o => o.Username, (o, v) => o with { Username = v }),
        new("password", o => o.Password, (o, v) => o with { Password = v }),
        new("queue", o => o.Queue, (o, v) => o with { Queue = v }),
        new("delay-ms", o => o.DelayMs, (o, v) => o with { DelayMs = Int(v, 0, 3_600_000) }),
        new("send-back-rate", o => o.SendBackRate, (o, v) => o with { SendBackRate = Rate(v) }),
        new("progress-rate", o => o.ProgressRate, (o, v) => o with { ProgressRate = Rate(v) }),
        new("urge-rate", o => o.UrgeRate, (o, v) => o with { UrgeRate = Rate(v) }),
        new("working-days", o => o.WorkingDays, (o, v) => o with { WorkingDays = Int(v, 1, 365) }),
        new("seed", o => o.Seed, (o, v) => o with { Seed = Int(v, int.MinValue, int.MaxValue) }),
        new("hand-down", o => o.HandDown, (o, v) => o with { HandDown = Int(v, 0, 10_000) }),
    ];

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

    /// <summary>The options from the environment, overridden by the arguments; or null and what was wrong (the usage text for --help).</summary>
    public static (SimulatorOptions? Options, string? Error) Parse(string[] args, IDictionary environment)
    {
        var options = new SimulatorOptions();
        try
        {
            foreach (var option in Options)
            {
                if (environment[option.EnvironmentName] is string value && value.Length > 0)
                {
                    options = option.Apply(options, value);
                }
            }

            for (var i = 0; i < args.Length; i++)
            {
                var (name, inline) = Split(args[i]);
                if (name is "help" or "h")
                {
                    return (null, Usage);
                }

                var option = Options.FirstOrDefault(o => o.Name == name)
                    ?? throw new FormatException($"unknown option '{args[i]}'; options are: {string.Join(", ", Options.Select(o => "--" + o.Name))}");
                var value = inline ?? (i + 1 < args.Length ? args[++i] : throw new FormatException($"--{name} needs a value"));
                options = option.Apply(options, value);
            }
        }
        catch (FormatException e)
        {
            return (null, $"county12345 simulator: {e.Message} (--help lists the options)");
        }

        return options.Password.Length == 0
            ? (null, $"county12345 simulator: --password (or COUNTY12345_PASSWORD) is required: the password of the broker user '{options.Username}' the county connects as")
            : (options, null);
    }

    /// <summary>One line per option, for the start-up log; the password is not shown.</summary>
    public string Describe() => string.Join(", ", Options.Where(o => o.Name != "password").Select(o => $"{o.Name}={o.Read(this) ?? "random"}"));

    private static (string Name, string? Value) Split(string arg)
    {
        if (!arg.StartsWith("--", StringComparison.Ordinal) && !arg.StartsWith("-h", StringComparison.Ordinal))
        {
            throw new FormatException($"'{arg}' is not an option; options start with --");
        }

        var text = arg.TrimStart('-');
        var equals = text.IndexOf('=', StringComparison.Ordinal);
        return equals < 0 ? (text, null) : (text[..equals], text[(equals + 1)..]);
    }

    private static int Int(string value, int min, int max) =>
        int.TryParse(value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var n) && n >= min && n <= max
            ? n
            : throw new FormatException($"'{value}' is not a whole number from {min} to {max}");

    private static double Rate(string value) =>
        double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var p) && p is >= 0 and <= 1
            ? p
            : throw new FormatException($"'{value}' is not a rate from 0 to 1");

    private sealed record Option(string Name, Func<SimulatorOptions, object?> Read, Func<SimulatorOptions, string, SimulatorOptions> Apply)
    {
        public string EnvironmentName => $"COUNTY12345_{Name.Replace('-', '_').ToUpperInvariant()}";
    }
}
