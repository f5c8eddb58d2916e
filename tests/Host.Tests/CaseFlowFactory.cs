using CaseFlow.Host.Tests.Identity;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace CaseFlow.Host.Tests;

/// <summary>
/// Hosts the real service in memory on its own SQLite file (a second factory on the same file is a restart, with the same token
/// signing key, kept beside the file); with a <paramref name="time"/> the service, its timer pump included, runs on that clock.
/// Every request needs a token: <see cref="CreateClient"/> signs each request in as <see cref="TestSignIn"/> chooses,
/// <see cref="CreateClientAs"/> as one account, <see cref="CreateAnonymousClient"/> not at all.
/// </summary>
public sealed class CaseFlowFactory : WebApplicationFactory<Program>
{
    private readonly IDictionary<string, string?>? _settings;
    private readonly TimeProvider? _time;
    private readonly ILoggerProvider? _logs;
    private readonly Action<IServiceCollection>? _services;

    /// <param name="logs">A provider that sees the service's log too (the hostile-input suite reads what it logged), besides its own.</param>
    /// <param name="services">Changes to the service's composition (the telemetry tests add in-memory exporters).</param>
    public CaseFlowFactory(string database, IDictionary<string, string?>? settings = null, TimeProvider? time = null, ILoggerProvider? logs = null, Action<IServiceCollection>? services = null)
    {
        Database = database;
        _settings = settings;
        _time = time;
        _logs = logs;
        _services = services;
        SignIn = new TestSignIn(this);
    }

    public string Database { get; }

    /// <summary>The token signing key of the service on this database (in the temporary folder, removed with the database).</summary>
    public string SigningKeyFile => SigningKeyFileOf(Database);

    /// <summary>Test accounts and their tokens.</summary>
    public TestSignIn SignIn { get; }

    public static string SigningKeyFileOf(string database) => database + ".token-signing-key.pem";

    /// <summary>
    /// A client whose every request is signed in as the account <see cref="TestSignIn"/> picks for it (the position the body's
    /// actor names, the administrator for /admin, the auditor for /audit), so that tests written before sign-in read as they did.
    /// </summary>
    public new HttpClient CreateClient() => CreateDefaultClient(SignIn.Handler());

    /// <summary>A client signed in as one account, created with these positions and roles when missing.</summary>
    public HttpClient CreateClientAs(string userName, IReadOnlyList<string> positions, IReadOnlyList<string>? roles = null) =>
        CreateDefaultClient(SignIn.HandlerFor(userName, positions, roles));

    /// <summary>A client that sends no token.</summary>
    public HttpClient CreateAnonymousClient() => base.CreateClient();

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
        foreach (var file in new[] { path, path + "-wal", path + "-shm", SigningKeyFileOf(path), path + ".reporter-link.key", path + ".personal-data.keys" })
        {
            File.Delete(file);
        }
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseSetting("CaseFlow:Database", Database);
        builder.UseSetting("CaseFlow:Definition", DefinitionPath());
        builder.UseSetting("CaseFlow:Auth:SigningKeyFile", SigningKeyFile);
        builder.UseSetting("CaseFlow:Reporter:KeyFile", Database + ".reporter-link.key");
        builder.UseSetting("CaseFlow:PersonalData:KeyFile", Database + ".personal-data.keys");
        builder.UseSetting("Logging:LogLevel:Default", "Warning");
        foreach (var (key, value) in _settings ?? new Dictionary<string, string?>())
        {
            builder.UseSetting(key, value);
        }

        if (_time is not null)
        {
            builder.ConfigureTestServices(services => services.AddSingleton(_time));
        }

        if (_logs is not null)
        {
            builder.ConfigureLogging(logging => logging.AddProvider(_logs));
        }

        if (_services is not null)
        {
            builder.ConfigureTestServices(_services);
        }

        builder.ConfigureLogging(logging => logging.AddProvider(_startFailures));
    }

    /// <summary>
    /// Starts the service expecting its settings to be refused, and returns the refusal. When the host fails to start,
    /// WebApplicationFactory sometimes asks the host it has just disposed for a service and throws ObjectDisposedException instead
    /// (a race of its deferred host, seen under load); the refusal that stopped the host is then the one the host logged.
    /// </summary>
    public OptionsValidationException StartupRefusal()
    {
        try
        {
            CreateAnonymousClient().Dispose();
        }
        catch (OptionsValidationException refusal)
        {
            return refusal;
        }
        catch (ObjectDisposedException) when (_startFailures.Refusal is { } logged)
        {
            return logged;
        }

        throw new AssertionException("the service started: its settings were expected to be refused");
    }

    private readonly StartFailureLog _startFailures = new();

    /// <summary>Keeps the options refusal the host logs when it fails to start.</summary>
    private sealed class StartFailureLog : ILoggerProvider
    {
        public OptionsValidationException? Refusal { get; private set; }

        public ILogger CreateLogger(string categoryName) => new Logger(this);

        public void Dispose()
        {
        }

        private sealed class Logger(StartFailureLog log) : ILogger
        {
            public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

            public bool IsEnabled(LogLevel logLevel) => logLevel >= LogLevel.Error;

            public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
            {
                if (exception is OptionsValidationException refusal)
                {
                    log.Refusal = refusal;
                }
            }
        }
    }
}
