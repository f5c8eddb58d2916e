using System.Diagnostics;

namespace CaseFlow.Host.Tests.Transport;

/// <summary>
/// The real RabbitMQ broker that test.sh starts on 127.0.0.1. Each fixture gets a virtual host of its own so that test
/// assemblies running side by side never consume each other's messages. A missing broker, or a missing broker user, fails the
/// test, loudly.
/// </summary>
public sealed class RabbitMqBroker : IDisposable
{
    private RabbitMqBroker(string virtualHost) => VirtualHost = virtualHost;

    public string VirtualHost { get; }

    /// <summary>A fresh virtual host that guest (the service and the test gateway) and the given systems' users may use.</summary>
    public static RabbitMqBroker CreateVirtualHost(params BrokerUser[] users)
    {
        var missing = users.Select(u => u.Name).Except(Ctl("list_users").Split('\n').Select(l => l.Split('\t')[0].Trim())).ToList();
        if (missing.Count > 0)
        {
            Assert.Fail($"the broker user(s) {string.Join(", ", missing)} do not exist; ./test.sh creates them (ensure_rabbitmq_user in scripts/ensure-rabbitmq.sh)");
        }

        var vhost = $"caseflow-test-{Guid.NewGuid():N}";
        Ctl($"add_vhost {vhost}");
        foreach (var user in users.Select(u => u.Name).Prepend(BrokerUsers.Gateway.Name))
        {
            Ctl($"set_permissions -p {vhost} {user} \".*\" \".*\" \".*\"");
        }

        return new RabbitMqBroker(vhost);
    }

    /// <summary>The service on this virtual host as guest, which is also the test gateway: mapped to every person's position.</summary>
    public IDictionary<string, string?> Settings() => new Dictionary<string, string?>
    {
        ["CaseFlow:Transport"] = "RabbitMq",
        ["CaseFlow:RabbitMq:Host"] = "127.0.0.1",
        ["CaseFlow:RabbitMq:VirtualHost"] = VirtualHost,
        [$"CaseFlow:Bus:Senders:{BrokerUsers.Gateway.Name}:Positions:0"] = "*",
    };

    /// <summary>The settings that map a broker user to positions.</summary>
    public static IEnumerable<KeyValuePair<string, string?>> Sender(BrokerUser user, params string[] positions) =>
        positions.Select((p, i) => new KeyValuePair<string, string?>($"CaseFlow:Bus:Senders:{user.Name}:Positions:{i}", p));

    public void Dispose() => Ctl($"delete_vhost {VirtualHost}");

    /// <summary>Waits until a queue holds no ready or unacknowledged message, so that everything sent has been handled.</summary>
    public async Task DrainedAsync(string queue, TimeSpan timeout)
    {
        var until = DateTime.UtcNow + timeout;
        while (DateTime.UtcNow < until)
        {
            var line = Ctl($"list_queues -p {VirtualHost} name messages_ready messages_unacknowledged")
                .Split('\n', StringSplitOptions.RemoveEmptyEntries)
                .Select(l => l.Split('\t'))
                .FirstOrDefault(f => f[0] == queue);
            if (line is not null && line[1].Trim() == "0" && line[2].Trim() == "0")
            {
                return;
            }

            await Task.Delay(200);
        }

        Assert.Fail($"queue {queue} still had messages after {timeout}");
    }

    /// <summary>Runs rabbitmqctl; a broker that is not there fails the calling test with what test.sh should have done.</summary>
    public static string Ctl(string arguments)
    {
        ProcessStartInfo start = new("rabbitmqctl", "-q " + arguments) { RedirectStandardOutput = true, RedirectStandardError = true };
        Process process;
        try
        {
            process = Process.Start(start)!;
        }
        catch (System.ComponentModel.Win32Exception e)
        {
            Assert.Fail($"rabbitmqctl is not installed ({e.Message}); run the tests with ./test.sh, which installs and starts RabbitMQ");
            throw;
        }

        using (process)
        {
            var output = process.StandardOutput.ReadToEnd();
            var error = process.StandardError.ReadToEnd();
            process.WaitForExit();
            if (process.ExitCode != 0)
            {
                Assert.Fail($"rabbitmqctl {arguments} failed ({process.ExitCode}): {error.Trim()} — is RabbitMQ running? ./test.sh starts it on 127.0.0.1");
            }

            return output;
        }
    }
}
