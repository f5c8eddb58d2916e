using System.Diagnostics;

namespace CaseFlow.Bench.Suite;

/// <summary>
/// A fresh virtual host on the local broker (127.0.0.1:5672, guest/guest) for one scenario, so no scenario reads another's
/// queues or leftovers; deleted afterwards. bench.sh starts the broker the way test.sh does.
/// </summary>
internal sealed class RabbitMqVirtualHost : IDisposable
{
    public const string Host = "127.0.0.1";
    public const string User = "guest";

    private RabbitMqVirtualHost(string name) => Name = name;

    public string Name { get; }

    public static RabbitMqVirtualHost Create(string purpose)
    {
        var name = $"caseflow-bench-{purpose}-{Guid.NewGuid():N}"[..40];
        Ctl($"add_vhost {name}");
        Ctl($"set_permissions -p {name} {User} \".*\" \".*\" \".*\"");
        return new RabbitMqVirtualHost(name);
    }

    /// <summary>Fails fast, with what to do, when the broker is not there.</summary>
    public static void EnsureRunning() => Ctl("await_startup --timeout 10");

    /// <summary>Deletes the virtual host; a failure here is reported but never hides what went wrong in the scenario itself.</summary>
    public void Dispose()
    {
        try
        {
            Ctl($"delete_vhost {Name}");
        }
        catch (InvalidOperationException e)
        {
            Console.Error.WriteLine($"CaseFlow.Bench: could not delete virtual host {Name}: {e.Message}");
        }
    }

    /// <summary>Waits for the broker to be up again (another process on this machine may restart it).</summary>
    public static void AwaitBroker() => Ctl("await_startup --timeout 120");

    private static void Ctl(string arguments)
    {
        ProcessStartInfo start = new("rabbitmqctl", "-q " + arguments) { RedirectStandardOutput = true, RedirectStandardError = true };
        using var process = Process.Start(start) ?? throw new InvalidOperationException("rabbitmqctl could not be started");
        process.StandardOutput.ReadToEnd();
        var error = process.StandardError.ReadToEnd();
        process.WaitForExit();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"rabbitmqctl {arguments} failed ({process.ExitCode}): {error.Trim()}; run ./bench.sh, which starts RabbitMQ on 127.0.0.1");
        }
    }
}
