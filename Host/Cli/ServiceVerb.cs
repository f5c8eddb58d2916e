using CaseFlow.Host.Admin;
using CaseFlow.Host.Health;
using CaseFlow.Host.Http;
using CaseFlow.Host.Identity;
using CaseFlow.Host.Startup;
using CaseFlow.Host.Telemetry;
using CaseFlow.Host.Workbench;

namespace CaseFlow.Host.Cli;

/// <summary>
/// The service itself (<c>caseflow</c> with no verb, or <c>caseflow serve</c>): the HTTP API, the workbench, the bus consumers and
/// the timers. Its settings come from the appsettings.json beside the program (whatever folder it is started from), the environment
/// and <c>--Section:Key=value</c> arguments.
/// </summary>
internal static class ServiceVerb
{
    /// <summary>Runs the service until it is stopped (Ctrl+C, SIGTERM).</summary>
    public static async Task<int> RunAsync(string[] settings)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { Args = settings, ContentRootPath = ContentRoot(settings) });
        builder.Services.AddCaseFlow(builder.Configuration);
        builder.Services.AddCaseFlowHttp();
        builder.Services.AddCaseFlowRequestLimits(builder.Configuration);
        builder.Services.AddCaseFlowAuth(builder.Configuration);
        builder.Services.AddCaseFlowAdmin(builder.Configuration);
        builder.Services.AddCaseFlowWorkbench();
        builder.Services.AddCaseFlowHealth(builder.Configuration);
        builder.Services.AddCaseFlowTelemetry(builder.Configuration);
        builder.Services.AddCaseFlowOpenApi();

        var app = builder.Build();
        app.MapCaseFlowApi();
        app.UseCaseFlowWorkbench();
        app.MapCaseFlowAuth();
        app.MapCaseFlowAdmin();
        app.MapCaseFlowWorkbench();
        app.MapCaseFlowHealth();
        app.MapCaseFlowOpenApi();
        await app.RunAsync();
        return VerbContext.Done;
    }

    /// <summary>
    /// The folder appsettings.json is read from: the program's own (where the build and a publish put it), unless
    /// <c>--contentRoot</c> names another; never the working directory, which differs with how the service was started.
    /// </summary>
    public static string ContentRoot(string[] settings) =>
        settings.FirstOrDefault(s => s.StartsWith("--contentRoot=", StringComparison.OrdinalIgnoreCase)) is { } given
            ? given["--contentRoot=".Length..]
            : AppContext.BaseDirectory;
}
