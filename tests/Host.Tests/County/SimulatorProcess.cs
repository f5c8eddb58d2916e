using System.Collections.Concurrent;
using System.Diagnostics;
using System.Reflection;

namespace CaseFlow.Host.Tests.County;

/// <summary>The county 12345 simulator running as a separate process (<c>dotnet CaseFlow.Simulator.dll</c>), its output kept for assertions and diagnosis.</summary>
internal sealed class SimulatorProcess : IDisposable
{
    private readonly Process _process;
    private readonly ConcurrentQueue<string> _lines = new();

    private SimulatorProcess(Process process)
    {
        _process = process;
        _process.OutputDataReceived += (_, e) => Keep(e.Data);
        _process.ErrorDataReceived += (_, e) => Keep(e.Data);
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();
    }

    /// <summary>Everything the simulator printed so far.</summary>
    public string Output => string.Join(Environment.NewLine, _lines);

    /// <summary>Starts the simulator built beside this test project (same configuration) with these arguments.</summary>
    public static SimulatorProcess Start(params string[] arguments)
    {
        var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(AssemblyPath());
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        return new SimulatorProcess(Process.Start(start)!);
    }

    /// <summary>Waits (bounded) until the simulator printed a line containing <paramref name="text"/>; fails with its output otherwise.</summary>
    public async Task<string> WaitForLineAsync(string text, TimeSpan timeout)
    {
        var until = DateTime.UtcNow + timeout;
        while (DateTime.UtcNow < until)
        {
            if (_lines.FirstOrDefault(l => l.Contains(text, StringComparison.Ordinal)) is { } line)
            {
                return line;
            }

            if (_process.HasExited)
            {
                Assert.Fail($"the simulator exited ({_process.ExitCode}) before printing '{text}':{Environment.NewLine}{Output}");
            }

            await Task.Delay(50);
        }

        Assert.Fail($"the simulator did not print '{text}' within {timeout.TotalSeconds:0} s:{Environment.NewLine}{Output}");
        return "";
    }

    public void Dispose()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
        }

        _process.WaitForExit(10_000);
        _process.Dispose();
    }

    private void Keep(string? line)
    {
        if (line is not null)
        {
            _lines.Enqueue(line);
        }
    }

    /// <summary>Simulator/bin/{configuration}/net10.0/CaseFlow.Simulator.dll; the test project's reference builds it first.</summary>
    internal static string AssemblyPath()
    {
        var configuration = typeof(SimulatorProcess).Assembly.GetCustomAttribute<AssemblyConfigurationAttribute>()?.Configuration ?? "Debug";
        var framework = new DirectoryInfo(TestContext.CurrentContext.TestDirectory).Name;
        var root = Path.GetDirectoryName(CaseFlowFactory.DefinitionPath())!;
        var path = Path.Combine(root, "Simulator", "bin", configuration, framework, "CaseFlow.Simulator.dll");
        if (!File.Exists(path))
        {
            Assert.Fail($"the county simulator is not built at {path}; build the solution (dotnet build) first");
        }

        return path;
    }
}
