using System.Diagnostics;

namespace CaseFlow.Host.Tests.Transport;

/// <summary>
/// The real RabbitMQ broker that test.sh starts on 127.0.0.1. Each fixture gets a virtual host of its own so that test
/// assemblies running side by side never consume each other's messages. A missing broker fails the test, loudly.
/// </summary>
public sealed class RabbitMqBroker : IDisposable
{
    private RabbitMqBroker(string virtualHost) => VirtualHost = virtualHost;

    public string VirtualHost { get; }

    public static RabbitMqBroker CreateVirtualHost()
    {
        var vhost = $"caseflow-test-{Guid.NewGuid():N}";
        Ctl($"add_vhost {vhost}");
        Ctl($"set_permissions -p {vhost} guest \".*\" \".*\" \".*\"");
        return new RabbitMqBroker(vhost);
    }

    public IDictionary<string, string?> Settings() => new Dictionary<string, string?>
    {
        ["CaseFlow:Transport"] = "RabbitMq",
        ["CaseFlow:RabbitMq:Host"] = "127.0.0.1",
        ["CaseFlow:RabbitMq:VirtualHost"] = VirtualHost,
    };

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
