using System.CommandLine;
using CaseFlow.Engine.Cases;
using CaseFlow.Engine.History;
using CaseFlow.Engine.Messaging;
using CaseFlow.Host.Cli;
using CaseFlow.Host.Configuration;
using CaseFlow.Host.Startup;
using MassTransit;
using Microsoft.Extensions.Options;

namespace CaseFlow.Host.Demo;

/// <summary>The <c>demo</c> verb: runs a realistic township day through the bus and prints what happened per platform.</summary>
internal static class DemoVerb
{
    /// <summary>How long an out-of-scope case waits for the county 12345 system's answer over RabbitMQ (the county simulator).</summary>
    public static readonly TimeSpan CountyWait = TimeSpan.FromSeconds(60);

    /// <summary>
    /// Over RabbitMQ with no senders configured, the demo declares its own: the broker user the service connects as (which the demo's
    /// commands go out under) for every person's position, and the county simulator's broker user, county12345, for the county.
    /// </summary>
    private static Dictionary<string, string?> RabbitMqSenders(ConfigurationManager configuration)
    {
        var transport = configuration.GetSection(CaseFlowOptions.Section).Get<CaseFlowOptions>()?.Transport;
        if (transport != CaseFlowOptions.RabbitMqTransport || configuration.GetSection($"{BusOptions.Section}:Senders").Exists())
        {
            return [];
        }

        var user = configuration.GetSection(RabbitMqOptions.Section).Get<RabbitMqOptions>()?.Username ?? new RabbitMqOptions().Username;
        return new Dictionary<string, string?>
        {
            [$"{BusOptions.Section}:Senders:{user}:Positions:0"] = SenderGrants.Everyone,
            [$"{BusOptions.Section}:Senders:{DemoSenders.County}:Positions:0"] = "system:county-12345",
        };
    }

    /// <summary>The <c>demo</c> command.</summary>
    internal static Command Command(VerbContext context)
    {
        var command = new Command(
            "demo",
            "Run a realistic township day through the bus into the configured database and print what happened per platform (over RabbitMQ, out-of-scope cases wait up to 60 s for the county simulator).");
        command.SetAction(_ => RunAsync(context));
        return command;
    }

    /// <summary>Runs the demo; configuration comes from the appsettings.json beside the program, the environment and <c>--CaseFlow:Database=…</c> style settings.</summary>
    private static async Task<int> RunAsync(VerbContext context)
    {
        var builder = VerbHost.Builder(context.Settings);
        builder.Configuration.AddInMemoryCollection(RabbitMqSenders(builder.Configuration));
        builder.Services.AddCaseFlow(builder.Configuration);
        using var host = builder.Build();
        await host.StartAsync();
        try
        {
            var options = host.Services.GetRequiredService<IOptions<CaseFlowOptions>>().Value;
            var definition = host.Services.GetRequiredService<Engine.Definitions.DefinitionRegistry>().Current;
            // Only over RabbitMQ can the county simulator, a separate process, answer; in memory nobody would.
            var countyAnswers = options.Transport == CaseFlowOptions.RabbitMqTransport;
            var day = new DemoDay(host.Services.GetRequiredService<IBus>(), definition, host.Services.GetRequiredService<CaseService>(), countyAnswers ? CountyWait : TimeSpan.Zero);
            var tally = await VerbProgress.RunAsync(context, "demo", "cases through the day", day.Planned, day.RunAsync);
            var cases = await host.Services.GetRequiredService<ICaseStore>().ListAsync(limit: 100_000);
            var database = Path.GetFullPath(options.Database);
            await context.Output.WriteLineAsync(DemoSummary.Render(cases, day.Submitted, tally, definition, countyAnswers));
            await context.Output.WriteLineAsync($"The database is left at {database} for inspection (run the service on it and GET /cases).");
            return VerbContext.Done;
        }
        finally
        {
            await host.StopAsync();
        }
    }
}
