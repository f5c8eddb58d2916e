using CaseFlow.Engine.Cases;
using CaseFlow.Engine.History;
using CaseFlow.Host.Configuration;
using CaseFlow.Host.Startup;
using MassTransit;
using Microsoft.Extensions.Options;

namespace CaseFlow.Host.Demo;

/// <summary>The <c>demo</c> verb: runs a realistic township day through the bus and prints what happened per platform.</summary>
public static class DemoVerb
{
    /// <summary>How long an out-of-scope case waits for the county 12345 system's answer over RabbitMQ (the county simulator).</summary>
    public static readonly TimeSpan CountyWait = TimeSpan.FromSeconds(60);

    /// <summary>Runs the demo; configuration comes from appsettings.json, the environment and <c>--CaseFlow:Database=…</c> style arguments.</summary>
    public static async Task<int> RunAsync(string[] args)
    {
        var builder = Microsoft.Extensions.Hosting.Host.CreateApplicationBuilder(args);
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?> { ["Logging:LogLevel:Default"] = "Warning" });
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
            var tally = await day.RunAsync();
            var cases = await host.Services.GetRequiredService<ICaseStore>().ListAsync(limit: 100_000);
            var database = Path.GetFullPath(options.Database);
            Console.WriteLine(DemoSummary.Render(cases, day.Submitted, tally, definition, countyAnswers));
            Console.WriteLine($"The database is left at {database} for inspection (run the service on it and GET /cases).");
            return 0;
        }
        finally
        {
            await host.StopAsync();
        }
    }
}
