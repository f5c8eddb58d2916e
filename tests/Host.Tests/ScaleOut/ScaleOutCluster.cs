using CaseFlow.Engine.History;
using CaseFlow.Host.Tests.Transport;

namespace CaseFlow.Host.Tests.ScaleOut;

/// <summary>
/// Several instances of the real service, each its own OS process, sharing one broker virtual host and one database, both fresh
/// for the test. Outbox grace and claim leases are short so that what a dead instance left behind is taken over within seconds.
/// </summary>
internal sealed class ScaleOutCluster : IAsyncDisposable
{
    private readonly string _logs;

    private ScaleOutCluster(RabbitMqBroker broker, ScaleOutStore store, string logs, IReadOnlyList<HostProcess> instances)
    {
        Broker = broker;
        Store = store;
        _logs = logs;
        Instances = instances;
    }

    public RabbitMqBroker Broker { get; }

    public ScaleOutStore Store { get; }

    public IReadOnlyList<HostProcess> Instances { get; }

    /// <summary>Starts the instances one after the other (the first creates the schema) on a fresh database and virtual host.</summary>
    public static async Task<ScaleOutCluster> StartAsync(string storeKind, int instances = 2, string caseServiceLogLevel = "Information")
    {
        var store = await ScaleOutStore.CreateAsync(storeKind);
        var broker = RabbitMqBroker.CreateVirtualHost(BrokerUsers.County);
        var logs = Path.Combine(Path.GetTempPath(), $"caseflow-scale-out-{Guid.NewGuid():N}");
        Directory.CreateDirectory(logs);
        var settings = new Dictionary<string, string>
        {
            ["CaseFlow__Transport"] = "RabbitMq",
            ["CaseFlow__RabbitMq__Host"] = "127.0.0.1",
            ["CaseFlow__RabbitMq__VirtualHost"] = broker.VirtualHost,
            // The test gateway (guest, which the flood publishes as) may act as every person's position; the county's own user as the county.
            [$"CaseFlow__Bus__Senders__{BrokerUsers.Gateway.Name}__Positions__0"] = "*",
            [$"CaseFlow__Bus__Senders__{BrokerUsers.County.Name}__Positions__0"] = "system:county-12345",
            ["CaseFlow__Definition"] = CaseFlowFactory.DefinitionPath(),
            ["CaseFlow__Admin__WatchDefinition"] = "false",

            // One key for every instance, as instances sharing a store must have; kept with the logs, never in the user's home.
            ["CaseFlow__Auth__SigningKeyFile"] = Path.Combine(logs, "token-signing-key.pem"),
            ["CaseFlow__Outbox__Grace"] = "00:00:02",
            ["CaseFlow__Outbox__Lease"] = "00:00:05",
            ["CaseFlow__TimerPump__ClaimLease"] = "00:00:05",
            ["Logging__LogLevel__Default"] = "Warning",
            ["Logging__LogLevel__CaseFlow.Engine.Outbox"] = "Information",
            ["Logging__LogLevel__CaseFlow.Engine.Cases.CaseService"] = caseServiceLogLevel,
            ["Logging__Console__FormatterName"] = "simple",
            ["Logging__Console__FormatterOptions__SingleLine"] = "true",
            ["Logging__Console__FormatterOptions__TimestampFormat"] = "HH:mm:ss.fff ",
        };
        foreach (var (key, value) in store.HostSettings)
        {
            settings[key] = value;
        }

        var cluster = new ScaleOutCluster(broker, store, logs, Enumerable.Range(0, instances)
            .Select(i => new HostProcess($"instance-{(char)('A' + i)}", settings, Path.Combine(logs, $"instance-{(char)('A' + i)}.log")))
            .ToList());
        try
        {
            foreach (var instance in cluster.Instances)
            {
                await instance.StartAsync();
            }
        }
        catch
        {
            await cluster.DisposeAsync();
            throw;
        }

        return cluster;
    }

    /// <summary>The engine's store class over the shared database.</summary>
    public ICaseStore OpenStore() => Store.Open();

    /// <summary>Messages in caseflow-commands_error: a command that failed for good (0 when the queue was never made).</summary>
    public int ErrorQueueMessages()
    {
        var line = RabbitMqBroker.Ctl($"list_queues -p {Broker.VirtualHost} name messages")
            .Split('\n', StringSplitOptions.RemoveEmptyEntries)
            .Select(l => l.Split('\t'))
            .FirstOrDefault(f => f[0] == "caseflow-commands_error");
        return line is null ? 0 : int.Parse(line[1].Trim(), System.Globalization.CultureInfo.InvariantCulture);
    }

    /// <summary>How many log lines of each instance contain the text (e.g. how many commands each applied).</summary>
    public string CountInLogs(string text) =>
        string.Join(", ", Instances.Select(i => $"{i.Name} {CountInLog(i, text)}"));

    public static int CountInLog(HostProcess instance, string text)
    {
        using var stream = new FileStream(instance.LogPath, FileMode.Open, FileAccess.Read, FileShare.ReadWrite);
        using var reader = new StreamReader(stream);
        var count = 0;
        while (reader.ReadLine() is { } line)
        {
            if (line.Contains(text, StringComparison.Ordinal))
            {
                count++;
            }
        }

        return count;
    }

    /// <summary>Each instance's log tail, for a failure message.</summary>
    public string Diagnostics() => string.Join(Environment.NewLine, Instances.Select(i => i.Tail()));

    /// <summary>Kills every instance, removes the virtual host and the database; the logs stay when the test failed.</summary>
    public async ValueTask DisposeAsync()
    {
        foreach (var instance in Instances)
        {
            instance.Dispose();
        }

        Broker.Dispose();
        await Store.DisposeAsync();
        if (TestContext.CurrentContext.Result.Outcome.Status == NUnit.Framework.Interfaces.TestStatus.Failed)
        {
            await TestContext.Out.WriteLineAsync($"instance logs kept in {_logs}");
        }
        else
        {
            Directory.Delete(_logs, recursive: true);
        }
    }
}
