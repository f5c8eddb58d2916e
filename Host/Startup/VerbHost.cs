using CaseFlow.Engine.History;
using CaseFlow.Host.Cli;

namespace CaseFlow.Host.Startup;

/// <summary>
/// What a verb that reads or writes the store opens: the service's own composition from the same settings (<c>--CaseFlow:…</c>,
/// environment, the appsettings.json beside the program), quiet below warnings, with the store initialised.
/// </summary>
internal static class VerbHost
{
    /// <summary>The composed services over the configured store, its schema brought up to date.</summary>
    public static async Task<IHost> OpenAsync(string[] settings)
    {
        var builder = Builder(settings);
        builder.Services.AddCaseFlow(builder.Configuration);
        var host = builder.Build();
        await host.Services.GetRequiredService<ICaseStore>().InitialiseAsync();
        return host;
    }

    /// <summary>
    /// A host builder reading the settings the service reads (the appsettings.json beside the program, whatever the working
    /// directory; the environment; <paramref name="settings"/>), logging only warnings and errors.
    /// </summary>
    public static HostApplicationBuilder Builder(string[] settings)
    {
        var builder = Microsoft.Extensions.Hosting.Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { Args = settings, ContentRootPath = ServiceVerb.ContentRoot(settings) });
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?> { ["Logging:LogLevel:Default"] = "Warning" });
        return builder;
    }

    /// <summary>The whole configuration a verb sees, without composing the services.</summary>
    public static IConfiguration Configuration(string[] settings) => Builder(settings).Configuration;
}
