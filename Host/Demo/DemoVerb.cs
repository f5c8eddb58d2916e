using CaseFlow.Engine.History;
using CaseFlow.Host.Configuration;
using CaseFlow.Host.Startup;
using MassTransit;
using Microsoft.Extensions.Options;

namespace CaseFlow.Host.Demo;

/// <summary>The <c>demo</c> verb: runs a realistic township day through the bus and prints what happened per platform.</summary>
public static class DemoVerb
{
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
            var day = new DemoDay(host.Services.GetRequiredService<IBus>(), host.Services.GetRequiredService<Engine.Definitions.DefinitionRegistry>().Current);
            var tally = await day.RunAsync();
            var cases = await host.Services.GetRequiredService<ICaseStore>().ListAsync(limit: 100_000);
            var database = Path.GetFullPath(host.Services.GetRequiredService<IOptions<CaseFlowOptions>>().Value.Database);
            Console.WriteLine(DemoSummary.Render(cases, day.Submitted, tally, host.Services.GetRequiredService<Engine.Definitions.DefinitionRegistry>().Current));
            Console.WriteLine($"The database is left at {database} for inspection (run the service on it and GET /cases).");
            return 0;
        }
        finally
        {
            await host.StopAsync();
        }
    }
}
