using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace CaseFlow.Host.Tests;

/// <summary>
/// Hosts the real service in memory on its own SQLite file (a second factory on the same file is a restart); with a
/// <paramref name="time"/> the service, its timer pump included, runs on that clock.
/// </summary>
public sealed class CaseFlowFactory(string database, IDictionary<string, string?>? settings = null, TimeProvider? time = null) : WebApplicationFactory<Program>
{
    public string Database { get; } = database;

    public static string NewDatabasePath() => Path.Combine(Path.GetTempPath(), $"caseflow-test-{Guid.NewGuid():N}.db");

    public static string DefinitionPath()
    {
        for (var dir = new DirectoryInfo(TestContext.CurrentContext.TestDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "workflows.json");
            if (File.Exists(candidate) && File.Exists(Path.Combine(dir.FullName, "CaseFlow.sln")))
            {
                return candidate;
            }
        }

        throw new FileNotFoundException("workflows.json was not found above the test directory");
    }

    public static void DeleteDatabase(string path)
    {
        foreach (var file in new[] { path, path + "-wal", path + "-shm", path + ".reporter-link.key" })
        {
            File.Delete(file);
        }
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseSetting("CaseFlow:Database", Database);
        builder.UseSetting("CaseFlow:Definition", DefinitionPath());
        builder.UseSetting("CaseFlow:Reporter:KeyFile", Database + ".reporter-link.key");
        builder.UseSetting("Logging:LogLevel:Default", "Warning");
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            builder.UseSetting(key, value);
        }

        if (time is not null)
        {
            builder.ConfigureTestServices(services => services.AddSingleton(time));
        }
    }
}
