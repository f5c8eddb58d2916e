using CaseFlow.Engine.History;

namespace CaseFlow.Host.Startup;

/// <summary>
/// What a verb that reads or writes the store opens: the service's own composition from the same settings (<c>--CaseFlow:…</c>,
/// environment, appsettings.json), quiet below warnings, with the store initialised.
/// </summary>
internal static class VerbHost
{
    /// <summary>The composed services over the configured store, its schema brought up to date.</summary>
    public static async Task<IHost> OpenAsync(string[] settings)
    {
        var builder = Microsoft.Extensions.Hosting.Host.CreateApplicationBuilder(settings);
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?> { ["Logging:LogLevel:Default"] = "Warning" });
        builder.Services.AddCaseFlow(builder.Configuration);
        var host = builder.Build();
        await host.Services.GetRequiredService<ICaseStore>().InitialiseAsync();
        return host;
    }
}
